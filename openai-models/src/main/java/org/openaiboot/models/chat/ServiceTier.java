package org.openaiboot.models.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * The processing tier of a chat completion: asked for in the request, reported in the
 * answer. Values this version does not list are kept as they are.
 *
 * @param value the wire value
 */
public record ServiceTier(@JsonValue String value) {

	/** The tier the project is configured for, the default. */
	public static final ServiceTier AUTO = new ServiceTier("auto");

	/** The standard tier. */
	public static final ServiceTier DEFAULT = new ServiceTier("default");

	/** Cheaper, slower processing. */
	public static final ServiceTier FLEX = new ServiceTier("flex");

	/** The scale tier, for projects that bought it. */
	public static final ServiceTier SCALE = new ServiceTier("scale");

	/** Faster processing at a higher price. */
	public static final ServiceTier PRIORITY = new ServiceTier("priority");

	/** The fast tier. */
	public static final ServiceTier FAST = new ServiceTier("fast");

	public ServiceTier {
		Validate.required(value, "service_tier");
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ServiceTier of(String value) {
		return new ServiceTier(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
