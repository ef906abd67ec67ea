package org.citydialogue.benchmarks;

import java.time.YearMonth;
import java.util.List;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;

/**
 * The partnership's May 2020, used by the publication and dashboard tests: Västerås had 36 contacts
 * (35 answered; 3 by web form in "other", a small cell), Jinan 48; each city's admin publishes.
 */
final class MayOf2020 {

    static final String PARTNERSHIP = "vasteras-jinan";
    static final YearMonth MAY = YearMonth.of(2020, 5);

    private MayOf2020() {
    }

    /**
     * Puts the cases in (once per database: test classes share one) and publishes; Västerås
     * {@code vasterasKpis}, Jinan the response rate.
     */
    static void publish(CaseRows rows, BenchmarkPublications publications, List<String> vasterasKpis) {
        var adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        if (rows.none("2020-05-01T00:00+02:00", "2020-06-01T00:00+02:00")) {
            rows.answered(20, "phone", "streets-parks", "2020-05-05T09:00+02:00");
            rows.answered(12, "email", "culture-leisure", "2020-05-06T09:00+02:00");
            rows.answered(3, "web", "other", "2020-05-07T09:00+02:00");
            rows.insert("phone", "streets-parks", "2020-05-08T09:00+02:00", null, "2020-05-12T09:00+02:00", null,
                    null, null, null);
        }
        rows.refresh();
        publications.publish(adam, PARTNERSHIP, vasterasKpis, MAY, MAY);

        var chen = SignedInStaff.as("jinan", "chen.admin", "陈静", Role.TENANT_ADMIN);
        if (rows.none("2020-05-01T00:00+08:00", "2020-06-01T00:00+08:00")) {
            rows.answered(40, "hotline", "traffic", "2020-05-11T09:00+08:00");
            rows.answered(8, "wechat", "housing", "2020-05-12T09:00+08:00");
        }
        rows.refresh();
        publications.publish(chen, PARTNERSHIP, List.of("response-rate"), MAY, MAY);
        SignedInStaff.signOut();
    }
}
