/**
 * Rate limits as a budget: {@link OpenAIRateLimits} keeps the limits each response
 * reports in its {@code x-ratelimit-*} headers, per model, publishes them as gauges and,
 * when throttling is on, holds a call back until the budget has room for it, in this
 * instance ({@link LocalRateLimitStore}) or in every instance that shares a Redis server
 * ({@link RedisRateLimitStore}). The transport reaches it through one seam,
 * {@link OpenAIRateLimiter}. Usable without Spring Boot.
 */
@NullMarked
package org.openaiboot.client.ratelimit;

import org.jspecify.annotations.NullMarked;
