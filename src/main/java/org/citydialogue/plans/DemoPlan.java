package org.citydialogue.plans;

import static org.citydialogue.plans.LocalizedText.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.citydialogue.plans.BudgetLine.Funding;
import org.citydialogue.tenancy.SharedStore;
import org.citydialogue.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo partnership's plan, "Västerås–Jinan: resident dialogue", from the ICLD facts: a
 * six-month pre-study (SEK 275,000), a three-year project (SEK 2.4 million), delegation visits both
 * ways. Written once, as ICLD (the organiser), after the partnership itself is seeded; a few texts
 * are left untranslated on purpose, as they are in real plans.
 */
@Component
@ConditionalOnProperty(name = "citydialogue.demo.enabled", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoPlan implements ApplicationRunner {

    static final String PARTNERSHIP = "vasteras-jinan";
    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

    private final SharedStore store;
    private final PlanAccess access;

    DemoPlan(SharedStore store, PlanAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public void run(ApplicationArguments args) {
        TenantContext.run("icld", () -> store.inTransaction(() -> {
            JdbcTemplate jdbc = store.jdbc();
            boolean partnershipThere = jdbc.queryForObject("select count(*) from partnership where id = ?",
                    Long.class, PARTNERSHIP) > 0;
            if (!partnershipThere
                    || jdbc.queryForObject("select count(*) from plan where partnership_id = ?", Long.class, PARTNERSHIP) > 0) {
                return;
            }
            seed(jdbc);
            log.info("Seeded the demo plan of {}", PARTNERSHIP);
        }));
    }

    private void seed(JdbcTemplate jdbc) {
        PlanWrites.insertPlan(jdbc, PARTNERSHIP,
                of("Invånarnas förtroende för staden ökar genom en öppen och jämlik dialog",
                        "Residents' trust in the city grows through open and equal dialogue", "通过开放、平等的对话提升市民对城市的信任"),
                of("Kontaktcentren i Västerås och Jinan ger snabbare, tydligare svar och tar tillvara invånarnas synpunkter",
                        "The contact centres of Västerås and Jinan answer faster and more clearly and make use of residents' feedback",
                        "韦斯特罗斯和济南的服务中心更快、更清楚地答复市民并充分利用市民意见"),
                LocalDate.of(2026, 1, 12), LocalDate.of(2029, 8, 31), new BigDecimal("0.6850"), "icld");

        long answers = PlanWrites.insertOutcome(jdbc, PARTNERSHIP, 1, of("Svar eller besked inom två dagar",
                "An answer or a referral within two days", "两天内答复或告知办理部门"));
        PlanWrites.insertIndicator(jdbc, PARTNERSHIP, answers, of("Andel ärenden besvarade inom två arbetsdagar",
                "Share of cases answered within two working days", "两个工作日内答复的工单比例"), "%",
                new BigDecimal("78"), new BigDecimal("90"), new BigDecimal("84"),
                new Indicator.KpiBinding("answered-2wd", "vasteras"));
        PlanWrites.insertIndicator(jdbc, PARTNERSHIP, answers, of("Andel 12345-ärenden besvarade i tid",
                "Share of 12345 orders answered on time", "12345工单按时答复率"), "%",
                new BigDecimal("92"), new BigDecimal("97"), new BigDecimal("93"),
                new Indicator.KpiBinding("promise-kept", "jinan"));
        long satisfaction = PlanWrites.insertOutcome(jdbc, PARTNERSHIP, 2, of("Nöjdare invånare",
                "More satisfied residents", "市民满意度提高"));
        PlanWrites.insertIndicator(jdbc, PARTNERSHIP, satisfaction, of("Nöjd med bemötandet per telefon (N00671)",
                "Satisfied with treatment by phone (N00671)", "对电话服务态度满意（N00671）"), "index",
                new BigDecimal("72"), new BigDecimal("80"), new BigDecimal("74"), null);
        PlanWrites.insertIndicator(jdbc, PARTNERSHIP, satisfaction, LocalizedText.of(
                org.citydialogue.i18n.SupportedLanguage.ZH_HANS, "12345满意率"), "%",
                new BigDecimal("88"), new BigDecimal("93"), new BigDecimal("88.5"), null);
        long methods = PlanWrites.insertOutcome(jdbc, PARTNERSHIP, 3, of("Metoder för medborgardialog delas",
                "Methods of resident dialogue are shared", "共享市民对话方法"));
        PlanWrites.insertIndicator(jdbc, PARTNERSHIP, methods, of("Gemensamma workshoppar", "Joint workshops",
                "联合研讨会"), "#", BigDecimal.ZERO, new BigDecimal("6"), BigDecimal.ONE, null);

        activities(jdbc);
        budget(jdbc);
        risks(jdbc);
        PlanWrites.insertDocument(jdbc, PARTNERSHIP, of("ICLD:s kommunala partnerskapsprogram",
                "ICLD municipal partnership programme", "ICLD市政伙伴关系项目"), "https://icld.se/en/", "icld");
        PlanWrites.insertDocument(jdbc, PARTNERSHIP, LocalizedText.of(org.citydialogue.i18n.SupportedLanguage.SV,
                "Riktlinje för synpunkter och klagomål"), "https://www.vasteras.se/", "vasteras");
    }

    private void activities(JdbcTemplate jdbc) {
        long prestudy = activity(jdbc, false, of("Förstudie", "Pre-study", "预研究"), "vasteras", "sara.supervisor",
                "2026-01-12", "2026-06-30", ActivityStatus.DONE, List.of());
        long toVasteras = activity(jdbc, false, of("Jinans delegation besöker Västerås (8 tjänstepersoner)",
                "Jinan delegation visits Västerås (8 officials)", "济南代表团访问韦斯特罗斯（8名官员）"), "jinan",
                "zhang.supervisor", "2026-04-13", "2026-04-17", ActivityStatus.DONE, List.of());
        long report = activity(jdbc, true, of("Förstudierapport till ICLD", "Pre-study report to ICLD",
                "向ICLD提交预研究报告"), "vasteras", "adam.admin", "2026-06-30", "2026-06-30", ActivityStatus.DONE,
                List.of(prestudy, toVasteras));
        long toJinan = activity(jdbc, false, of("Västerås delegation besöker Jinan (8 tjänstepersoner)",
                "Västerås delegation visits Jinan (8 officials)", "韦斯特罗斯代表团访问济南（8名官员）"), "vasteras",
                "sara.supervisor", "2026-10-12", "2026-10-16", ActivityStatus.DONE, List.of(report));
        long survey = activity(jdbc, false, new LocalizedText(Map.of("zh-Hans", "设计回访满意度调查",
                "en", "Design the follow-up satisfaction survey")), "jinan", "li.agent", "2026-11-02", "2027-02-26",
                ActivityStatus.IN_PROGRESS, List.of(toJinan));
        long workshop = activity(jdbc, false, LocalizedText.of(org.citydialogue.i18n.SupportedLanguage.SV,
                "Workshop: alltid bästa möjliga möte"), "vasteras", "anna.agent", "2027-03-01", "2027-03-05",
                ActivityStatus.PLANNED, List.of(survey));
        long midterm = activity(jdbc, true, of("Halvtidsgenomgång i styrgruppen", "Mid-term steering review",
                "指导小组中期评审"), "jinan", "zhang.supervisor", "2028-03-15", "2028-03-15", ActivityStatus.PLANNED,
                List.of(workshop));
        activity(jdbc, true, of("Förslag till styrgruppen", "Proposal to the steering group", "向指导小组提交建议"),
                "vasteras", "sara.supervisor", "2029-08-31", "2029-08-31", ActivityStatus.PLANNED, List.of(midterm));
    }

    private long activity(JdbcTemplate jdbc, boolean milestone, LocalizedText title, String tenant, String subject,
            String from, String to, ActivityStatus status, List<Long> dependsOn) {
        NewActivity activity = new NewActivity(milestone, title, new LocalizedText(Map.of()), tenant, subject,
                LocalDate.parse(from), LocalDate.parse(to), status, dependsOn);
        return PlanWrites.insertActivity(jdbc, PARTNERSHIP, activity, access.member(PARTNERSHIP, tenant, subject), "icld");
    }

    private static void budget(JdbcTemplate jdbc) {
        line(jdbc, of("Förstudie (ICLD-bidrag)", "Pre-study (ICLD grant)", "预研究（ICLD资助）"), "vasteras", "SEK",
                "275000", "268400", Funding.GRANT);
        line(jdbc, of("Delegationsresor", "Delegation travel", "代表团差旅"), "vasteras", "SEK", "1200000", "210000",
                Funding.GRANT);
        line(jdbc, of("Workshoppar och utbildning", "Workshops and training", "研讨会和培训"), "vasteras", "SEK",
                "700000", "0", Funding.GRANT);
        line(jdbc, of("Enkäter och utvärdering", "Surveys and evaluation", "调查和评估"), "vasteras", "SEK",
                "300000", "12000", Funding.GRANT);
        line(jdbc, of("Samordning", "Coordination", "协调"), "vasteras", "SEK", "200000", "35000", Funding.GRANT);
        line(jdbc, of("Arbetstid, Västerås", "Staff time, Västerås", "韦斯特罗斯人员工时"), "vasteras", "SEK",
                "350000", "60000", Funding.OWN);
        line(jdbc, of("Arbetstid och mottagande, Jinan", "Staff time and hosting, Jinan", "济南人员工时及接待"), "jinan",
                "CNY", "260000", "48000", Funding.OWN);
    }

    private static void line(JdbcTemplate jdbc, LocalizedText title, String tenant, String currency, String planned,
            String spent, Funding funding) {
        PlanWrites.insertBudgetLine(jdbc, PARTNERSHIP, title, tenant, currency, new BigDecimal(planned),
                new BigDecimal(spent), funding);
    }

    private void risks(JdbcTemplate jdbc) {
        PlanWrites.insertRisk(jdbc, PARTNERSHIP, of("Resor försenas (visum, restriktioner)",
                "Travel is delayed (visas, restrictions)", "出行延误（签证、限制）"), 3, 4,
                of("Planera digitala möten som reserv", "Plan video meetings as a fallback", "准备视频会议作为备选"),
                access.member(PARTNERSHIP, "jinan", "chen.admin"));
        PlanWrites.insertRisk(jdbc, PARTNERSHIP, of("Byten i projektgruppen", "Turnover in the project group",
                "项目组人员变动"), 3, 3, of("Två personer per uppgift", "Two people per task", "每项任务两人负责"),
                access.member(PARTNERSHIP, "vasteras", "adam.admin"));
        PlanWrites.insertRisk(jdbc, PARTNERSHIP, of("GDPR och PIPL begränsar vad som kan delas",
                "GDPR and PIPL limit what can be shared", "GDPR和PIPL限制可共享的数据"), 2, 5,
                of("Dela bara aggregat, små celler döljs", "Share aggregates only, small cells suppressed",
                        "只共享汇总数据，隐藏小样本"), access.member(PARTNERSHIP, "vasteras", "sara.supervisor"));
    }
}
