package org.citydialogue.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;
import org.citydialogue.platform.EventChannel;
import org.springframework.stereotype.Component;

/**
 * Dashboard data per viewing tenant, partnership and KPI, kept until a member publishes to that
 * partnership: the publishing node drops it at once, every other node when the event channel
 * tells it. The time limit only bounds what a lost event could leave stale.
 */
@Component
class DashboardCache {

    record Key(String viewerTenant, String partnershipId, String kpiId) {
    }

    private final Cache<Key, Dashboard> cache = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(15)).recordStats().build();

    DashboardCache(EventChannel events) {
        events.subscribe(BenchmarkPublications.TOPIC, this::invalidate);
    }

    Dashboard get(Key key, Function<Key, Dashboard> load) {
        return cache.get(key, load);
    }

    void invalidate(String partnershipId) {
        cache.asMap().keySet().removeIf(key -> key.partnershipId().equals(partnershipId));
    }

    void invalidateAll() {
        cache.invalidateAll();
    }
}
