package org.citydialogue.partnership;

import java.util.List;
import java.util.Map;

/**
 * A cooperation between tenants, e.g. "Västerås–Jinan: resident dialogue".
 *
 * @param id            short stable id, e.g. {@code vasteras-jinan}
 * @param names         the name per language tag (sv, en, zh-Hans)
 * @param organiser     the tenant that runs it (ICLD, or an operator)
 * @param memberTenants the cities and organisations taking part, sorted
 */
public record Partnership(String id, Map<String, String> names, String organiser, List<String> memberTenants) {

    public Partnership {
        names = Map.copyOf(names);
        memberTenants = List.copyOf(memberTenants);
    }

    public boolean includes(String tenantId) {
        return organiser.equals(tenantId) || memberTenants.contains(tenantId);
    }
}
