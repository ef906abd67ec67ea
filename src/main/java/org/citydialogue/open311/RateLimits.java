package org.citydialogue.open311;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-caller token buckets: a client may make its registered number of requests per second on
 * average, with bursts up to two seconds' worth; anonymous callers share a rate per address.
 * Buckets of callers gone quiet are dropped.
 */
@Component
public class RateLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();
    private final int anonymousPerSecond;

    RateLimits(@Value("${citydialogue.open311.anonymous-requests-per-second:20}") int anonymousPerSecond) {
        this.anonymousPerSecond = anonymousPerSecond;
    }

    /** Takes one request from the caller's bucket; false when it is empty. */
    public boolean tryAcquire(String caller, int perSecond) {
        return buckets.get(caller, key -> new Bucket(perSecond)).tryTake(System.nanoTime());
    }

    public boolean tryAcquireAnonymous(String address) {
        return tryAcquire("address:" + address, anonymousPerSecond);
    }

    static final class Bucket {

        private final double perNano;
        private final double capacity;
        private double tokens;
        private long last;

        Bucket(int perSecond) {
            this.perNano = perSecond / 1e9;
            this.capacity = perSecond * 2.0;
            this.tokens = capacity;
            this.last = System.nanoTime();
        }

        synchronized boolean tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
