package io.rasmi.account.verification;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled evenly over the refill period. Buckets
 * live in a bounded cache; one that has not been used for a whole refill period would be full again, so it is
 * simply forgotten.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private final PublicLookupConfig.RateLimit config;
    private final Cache<String, TokenBucket> buckets;
    private final double tokensPerNano;

    @Inject
    public ClientRateLimiter(PublicLookupConfig config) {
        this(config.rateLimit(), Ticker.systemTicker());
    }

    ClientRateLimiter(PublicLookupConfig.RateLimit config, Ticker ticker) {
        this.config = config;
        this.tokensPerNano = (double) config.capacity() / config.refillPeriod().toNanos();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                .expireAfterAccess(config.refillPeriod().toNanos(), TimeUnit.NANOSECONDS)
                .ticker(ticker)
                .build();
    }

    /**
     * Takes one request from {@code client}'s bucket.
     *
     * @return zero when the request may go on, else how long until the client may ask again
     */
    public Duration acquire(String client) {
        if (!config.enabled()) {
            return Duration.ZERO;
        }
        TokenBucket bucket = buckets.get(client, key -> new TokenBucket(config.capacity(), System.nanoTime()));
        long waitNanos = bucket.take(config.capacity(), tokensPerNano, System.nanoTime());
        return Duration.ofNanos(waitNanos);
    }

    /** Tokens of one client; synchronized because one client may send several requests at once. */
    static final class TokenBucket {
        private double tokens;
        private long updatedAt;

        TokenBucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized long take(int capacity, double tokensPerNano, long now) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }
    }
}
