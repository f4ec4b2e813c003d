package org.openaiboot.client;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.images.CreateImageEditRequest;
import org.openaiboot.models.images.CreateImageRequest;
import org.openaiboot.models.images.CreateImageVariationRequest;
import org.openaiboot.models.images.ImageModel;
import org.openaiboot.models.images.ImagesResponse;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The images API: draw images from a prompt, edit part of an image, or draw variations of
 * one. The answer holds links to the images or the images as base64 text.
 */
public class OpenAIImagesClient implements OpenAIResourceClient {

	private final OpenAITransport transport;

	public OpenAIImagesClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Draw images from a prompt.
	 * @param request the prompt and options
	 * @return the images
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public ImagesResponse createImage(CreateImageRequest request) {
		Assert.notNull(request, "request must not be null");
		return this.transport.execute(
				ApiCall.post("createImage", "/images/generations", request, modelOf(request.model())),
				ImagesResponse.class);
	}

	/**
	 * Edit an image where it is transparent, according to a prompt.
	 * @param request the prompt and options
	 * @param image the image to edit: a square PNG whose transparent pixels mark where to
	 * edit
	 * @return the edited images
	 */
	public ImagesResponse createImageEdit(CreateImageEditRequest request, FileContent image) {
		return createImageEdit(request, image, null);
	}

	/**
	 * Edit an image where a mask is transparent, according to a prompt.
	 * @param request the prompt and options
	 * @param image the image to edit, a square PNG
	 * @param mask a PNG of the same size whose transparent pixels mark where to edit, or
	 * {@code null} to use the transparency of the image itself
	 * @return the edited images
	 */
	public ImagesResponse createImageEdit(CreateImageEditRequest request, FileContent image,
			@Nullable FileContent mask) {
		Assert.notNull(request, "request must not be null");
		Assert.notNull(image, "image must not be null");
		return this.transport.executeMultipart(
				ApiCall.of("createImageEdit", HttpMethod.POST, "/images/edits").model(modelOf(request.model())),
				MultipartForm.of(this.transport.getJsonMapper(), request)
					.file(CreateImageEditRequest.IMAGE_FIELD, image)
					.file(CreateImageEditRequest.MASK_FIELD, mask)
					.build(),
				ImagesResponse.class);
	}

	/**
	 * Draw new images in the manner of a given one.
	 * @param request the options
	 * @param image the source image, a square PNG
	 * @return the new images
	 */
	public ImagesResponse createImageVariation(CreateImageVariationRequest request, FileContent image) {
		Assert.notNull(request, "request must not be null");
		Assert.notNull(image, "image must not be null");
		return this.transport.executeMultipart(
				ApiCall.of("createImageVariation", HttpMethod.POST, "/images/variations")
					.model(modelOf(request.model())),
				MultipartForm.of(this.transport.getJsonMapper(), request)
					.file(CreateImageVariationRequest.IMAGE_FIELD, image)
					.build(),
				ImagesResponse.class);
	}

	private static @Nullable String modelOf(@Nullable ImageModel model) {
		return (model != null) ? model.value() : null;
	}

	@Override
	public String resourceName() {
		return "images";
	}

}
