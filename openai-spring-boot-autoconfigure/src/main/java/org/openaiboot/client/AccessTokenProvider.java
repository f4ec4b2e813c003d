package org.openaiboot.client;

/**
 * Supplies the bearer token of each request, for servers that take short-lived tokens
 * rather than a fixed API key: Azure OpenAI with Microsoft Entra ID, for example, where
 * the provider is usually a {@code TokenCredential} of Azure Identity, which caches and
 * refreshes the token:
 * <pre class="code">
 * TokenRequestContext scope = new TokenRequestContext().addScopes("https://cognitiveservices.azure.com/.default");
 * AccessTokenProvider tokens = () -&gt; credential.getTokenSync(scope).getToken();
 * </pre>
 * It is asked before every attempt of every call, so it should answer from a cache.
 */
@FunctionalInterface
public interface AccessTokenProvider {

	/**
	 * The token to send as {@code Authorization: Bearer <token>}.
	 * @return the current token
	 */
	String token();

}
