package org.citydialogue.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.cases.Choice;
import org.citydialogue.cases.Lifecycle;
import org.citydialogue.cases.SecondaryCaseIndexes;
import org.citydialogue.tenancy.StoreOwner;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Case history at millions of cases in minutes, for {@link DashboardBenchmark}: PostgreSQL makes the
 * rows itself (INSERT … SELECT over generate_series, a month per statement) into the tenant's real
 * case table, with the city's channels, kinds, categories and lifecycle from its tenant file, more
 * contacts on working days (Mondays most) than on closed days, seasons, deadlines in the city's
 * working days, most promises kept, satisfaction on part of the closed cases, and urge, supervise
 * and reopen steps on the timeline. As a bulk load does, the table's secondary indexes are dropped
 * first and built again afterwards from their own definitions ({@link SecondaryCaseIndexes}, as the
 * cases' own bulk builder does); its key, case numbers and triggers stay live, so the rollups learn
 * of the new months from the table's own triggers.
 *
 * <p>Each description is one of a few per category, with its search document made once; the import
 * writes every case's own. A bean of the test sources. Not {@code cases.BulkHistory}, which the
 * cases' benchmarks use: that one loads the CSV generator's rows (proven equal to an import), with
 * no satisfaction and no timeline, at a fraction of this speed, and into an empty tenant only.
 */
@Component
class BulkCaseHistory {

    private final CaseCatalogue catalogue;
    private final WorkingDayTable workingDays;
    private final ApplicationContext context;

    BulkCaseHistory(CaseCatalogue catalogue, WorkingDayTable workingDays, ApplicationContext context) {
        this.catalogue = catalogue;
        this.workingDays = workingDays;
        this.context = context;
    }

    /** What a load made, and how long the rows and the index builds took. */
    record Loaded(long cases, long steps, double rowSeconds, double indexSeconds) {
    }

    /** About {@code cases} cases received in [from, to), spread over the days as the city's contacts are. */
    Loaded generate(Tenant tenant, LocalDate from, LocalDate to, long cases) throws SQLException {
        CaseSettings settings = catalogue.require(tenant.id());
        boolean hotline = "china".equals(tenant.calendar());
        TenantContext.run(tenant.id(), () -> workingDays.cover(tenant, from.minusDays(7), to.plusMonths(2)));
        try (Connection owner = StoreOwner.connect(context)) {
            run(owner, "set search_path to " + tenant.store().schema() + "; set maintenance_work_mem = '512MB'; set work_mem = '256MB';"
                    + " select setseed(0.2026)");
            days(owner, tenant, settings, from, to, cases, hotline);
            texts(owner, tenant, settings, hotline);
            List<String> indexes = SecondaryCaseIndexes.drop(owner);
            long start = System.nanoTime();
            long made = 0;
            for (LocalDate month = from.withDayOfMonth(1); month.isBefore(to); month = month.plusMonths(1)) {
                made += insertMonth(owner, tenant, settings, hotline, month.isBefore(from) ? from : month,
                        month.plusMonths(1).isAfter(to) ? to : month.plusMonths(1), to);
            }
            long steps = steps(owner, settings, hotline);
            double rowSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            SecondaryCaseIndexes.build(owner, indexes);
            run(owner, "analyze resident_case; analyze case_event");
            return new Loaded(made, steps, rowSeconds, (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * One row per day: how many cases, when their answer is due (the end of the promise's working day
     * after the day of receipt) and the working days after it, counted in {@code kpi_working_day}.
     */
    private static void days(Connection owner, Tenant tenant, CaseSettings settings, LocalDate from, LocalDate to,
            long cases, boolean hotline) throws SQLException {
        int promise = settings.firstAnswerWorkingDays();
        try (PreparedStatement days = owner.prepareStatement("""
                create temp table bulk_day as
                with d as (
                    select w.day, w.ordinal, w.ordinal > lag(w.ordinal) over (order by w.day) as working
                    from kpi_working_day w
                ), weighted as (
                    select d.*, case when not working then ?
                                     when extract(isodow from day) = 1 then 1.3
                                     when extract(isodow from day) = 5 then 0.8 else 1.0 end
                              * case extract(month from day)::int when ? then 1.3 when ? then 1.25 when ? then 0.6
                                     else 1.0 end as weight
                    from d where day >= ? and day < ?
                )
                select day, floor(? * weight / sum(weight) over () + random())::int as cases,
                    array(select (select min(x.day) from kpi_working_day x where x.ordinal = w.ordinal + k)
                          from generate_series(1, ? + 6) k order by k) as after
                from weighted w
                """)) {
            int i = 1;
            days.setDouble(i++, hotline ? 0.6 : 0.15);
            for (int month : hotline ? new int[] {7, 8, 2} : new int[] {1, 2, 7}) {
                days.setInt(i++, month);
            }
            days.setDate(i++, Date.valueOf(from));
            days.setDate(i++, Date.valueOf(to));
            days.setLong(i++, cases);
            days.setInt(i, promise);
            days.execute();
        }
    }

    /** A few descriptions per category in the city's language, each with its search document. */
    private static void texts(Connection owner, Tenant tenant, CaseSettings settings, boolean hotline)
            throws SQLException {
        List<String> templates = hotline
                ? List.of("市民来电反映%s方面的问题，希望尽快处理。", "关于%s的咨询，请相关部门答复。", "市民对%s提出意见和建议。")
                : List.of("Invånaren hör av sig om %s och vill ha besked.", "Fråga om %s efter tidigare kontakt.",
                        "Synpunkt på %s, önskar återkoppling.");
        String config = switch (tenant.defaultLocale().getLanguage()) {
            case "sv" -> "swedish";
            case "en" -> "english";
            default -> "simple";
        };
        run(owner, "create temp table bulk_text (category int, variant int, description text, search tsvector)");
        try (PreparedStatement text = owner.prepareStatement(
                "insert into bulk_text values (?, ?, ?, setweight(to_tsvector('" + config + "', ?), 'A'))")) {
            for (int c = 0; c < settings.categories().size(); c++) {
                for (int variant = 0; variant < templates.size(); variant++) {
                    String description = templates.get(variant)
                            .formatted(settings.categories().get(c).choice().name(tenant.defaultLocale()));
                    text.setInt(1, c + 1);
                    text.setInt(2, variant);
                    text.setString(3, description);
                    text.setString(4, description);
                    text.addBatch();
                }
            }
            text.executeBatch();
        }
    }

    private static long insertMonth(Connection owner, Tenant tenant, CaseSettings settings, boolean hotline,
            LocalDate from, LocalDate until, LocalDate end) throws SQLException {
        Lifecycle lifecycle = settings.lifecycle();
        List<String> closed = lifecycle.states().stream().filter(Lifecycle.State::closed).map(Lifecycle.State::code)
                .toList();
        String answeredState = lifecycle.actions().stream().filter(a -> a.answersResident() && a.to() != null)
                .map(Lifecycle.Action::to).findFirst().orElse(lifecycle.start().code());
        String sql = """
                insert into resident_case (reference, kind, channel, category, department, status, description,
                    received_at, answer_due_at, answered_at, closed_at, registered_by, resident_language,
                    satisfaction, satisfaction_scale, search)
                with g as (
                    select d.day, d.after, nextval('case_number') as number,
                        (d.day + make_interval(mins => (:start + floor(random() * :span))::int)) at time zone :zone
                            as received_at,
                        least(floor(-ln(1 - random()) / ln(2)), 64)::int as kind,
                        least(floor(-ln(1 - random()) / ln(2)), 64)::int as channel,
                        least(floor(-ln(1 - random()) / ln(2)), 64)::int as category,
                        random() as answer, random() as kept, random() as late, random() as close, random() as rated,
                        random() as score, floor(random() * 3)::int as variant
                    from bulk_day d, generate_series(1, d.cases) where d.day >= :from and d.day < :until
                ), o as (
                    select g.*, case when category < cardinality(:categories) then category + 1 else 1 end as c,
                        case when answer < 0.03 then null
                             when kept < :kept then (array[day] || after)[1 + floor(late * (:promise + 1))::int]
                             else after[:promise + 1 + floor(late * 5)::int] end as answer_day
                    from g
                ), a as (
                    select o.*, case when answer_day is null or answer_day >= :end then null
                                     when answer_day = day then received_at + interval '10 minutes' + answer * interval '3 hours'
                                     else (answer_day + make_interval(mins => (:start + floor(kept * :span))::int))
                                         at time zone :zone end as answered_at
                    from o
                ), f as (
                    select a.*, case when answered_at is not null and close >= 0.1
                                     then answered_at + make_interval(hours => 1 + floor(close * 48)::int) end as closed_at
                    from a
                )
                select :prefix || '-' || extract(year from day)::int || '-' || lpad(number::text, greatest(6, length(number::text)), '0'),
                    (:kinds)[case when kind < cardinality(:kinds) then kind + 1 else 1 end],
                    (:channels)[case when channel < cardinality(:channels) then channel + 1 else 1 end],
                    (:categories)[c], case when answered_at is not null then nullif((:departments)[c], '') end,
                    case when closed_at is not null and rated < :ratedShare then :ratedState
                         when closed_at is not null then :closedState
                         when answered_at is not null then :answeredState else :openState end,
                    t.description, received_at, (after[:promise] + 1)::timestamp at time zone :zone, answered_at, closed_at,
                    'benchmark', :language,
                    case when closed_at is not null and rated < :ratedShare then
                        case when :scale = 'cn3' then case when score < 0.8 then 3 when score < 0.95 then 2 else 1 end
                             else 5 - least(floor(-ln(1 - score) / ln(2.2)), 4)::int end end,
                    case when closed_at is not null and rated < :ratedShare then :scale end,
                    t.search
                from f join bulk_text t on t.category = f.c and t.variant = f.variant
                order by received_at
                """;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("start", hotline ? 7 * 60 : 8 * 60);
        values.put("span", hotline ? 15 * 60 : 9 * 60);
        values.put("zone", tenant.zone().getId());
        values.put("from", Date.valueOf(from));
        values.put("until", Date.valueOf(until));
        values.put("categories", owner.createArrayOf("text",
                settings.categories().stream().map(CaseSettings.Category::code).toArray()));
        values.put("kept", hotline ? 0.93 : 0.86);
        values.put("promise", settings.firstAnswerWorkingDays());
        values.put("end", Date.valueOf(end));
        values.put("prefix", settings.referencePrefix());
        values.put("kinds", owner.createArrayOf("text", settings.kinds().stream().map(Choice::code).toArray()));
        values.put("channels", owner.createArrayOf("text", settings.channels().toArray()));
        values.put("departments", owner.createArrayOf("text", settings.categories().stream()
                .map(c -> c.department() == null ? "" : c.department()).toArray()));
        values.put("ratedShare", hotline ? 0.6 : 0.2);
        values.put("ratedState", closed.getLast());
        values.put("closedState", closed.getFirst());
        values.put("answeredState", answeredState);
        values.put("openState", lifecycle.start().code());
        values.put("language", tenant.defaultLocale().toLanguageTag());
        values.put("scale", hotline ? "cn3" : "skr5");
        return new NamedParameterJdbcTemplate(new SingleConnectionDataSource(owner, true)).update(sql, values);
    }

    /**
     * Urge and supervise steps on forwarded cases, reopen on closed ones, where the lifecycle has them:
     * each case draws one number, and each step owns a slice of its range (a random() in the join's
     * condition would be drawn once per step, not per case).
     */
    private static long steps(Connection owner, CaseSettings settings, boolean hotline) throws SQLException {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("urge", hotline ? 0.04 : 0.02);
        shares.put("supervise", hotline ? 0.01 : 0.005);
        shares.put("reopen", hotline ? 0.02 : 0.01);
        List<String> slices = new ArrayList<>();
        double low = 0;
        for (Map.Entry<String, Double> share : shares.entrySet()) {
            if (settings.lifecycle().action(share.getKey()).isPresent()) {
                slices.add(String.format(java.util.Locale.ROOT, "('%s', %f, %f)", share.getKey(), low,
                        low + share.getValue()));
                low += share.getValue();
            }
        }
        if (slices.isEmpty()) {
            return 0;
        }
        try (Statement statement = owner.createStatement()) {
            return statement.executeUpdate("""
                    insert into case_event (case_id, at, actor, action, note)
                    select c.id, coalesce(c.closed_at, c.received_at) + interval '1 day', 'benchmark', s.action,
                        case when s.action <> 'urge' then 'benchmark' end
                    from (select id, received_at, closed_at, department, random() as draw from resident_case
                          where registered_by = 'benchmark' offset 0) c
                    join (values %s) s(action, low, high) on c.draw >= s.low and c.draw < s.high
                    where case when s.action = 'reopen' then c.closed_at is not null else c.department is not null end
                    """.formatted(String.join(", ", slices)));
        }
    }

    private static void run(Connection owner, String sql) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }
}
