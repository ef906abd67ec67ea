package org.citydialogue.partnership;

import java.util.List;
import java.util.Map;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's partnership, organised by ICLD: Västerås and Jinan on resident dialogue, with the
 * demo staff as project group and steering committee. Off with the rest of the demo.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "citydialogue.demo.enabled", havingValue = "true")
class DemoPartnership implements ApplicationRunner {

    static final String ID = "vasteras-jinan";
    private static final String ORGANISER = "icld";
    private static final Logger log = LoggerFactory.getLogger(DemoPartnership.class);
    private static final List<PartnershipMember> MEMBERS = List.of(
            new PartnershipMember("vasteras", "sara.supervisor", "Sara Ekström", PartnershipRole.STEERING_COMMITTEE),
            new PartnershipMember("vasteras", "anna.agent", "Anna Lindqvist", PartnershipRole.PROJECT_GROUP),
            new PartnershipMember("vasteras", "adam.admin", "Adam Nilsson", PartnershipRole.PROJECT_GROUP),
            new PartnershipMember("jinan", "zhang.supervisor", "张敏", PartnershipRole.STEERING_COMMITTEE),
            new PartnershipMember("jinan", "li.agent", "李娜", PartnershipRole.PROJECT_GROUP),
            new PartnershipMember("jinan", "chen.admin", "陈静", PartnershipRole.PROJECT_GROUP),
            new PartnershipMember("icld", "ingrid.icld", "Ingrid Holm", PartnershipRole.STEERING_COMMITTEE));

    private final Partnerships partnerships;
    private final TenantDirectory tenants;

    DemoPartnership(Partnerships partnerships, TenantDirectory tenants) {
        this.partnerships = partnerships;
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean complete = MEMBERS.stream().allMatch(m -> tenants.find(m.tenantId()).isPresent());
        if (!complete) {
            return;
        }
        TenantContext.run(ORGANISER, () -> {
            if (partnerships.find(ID).isPresent()) {
                return;
            }
            partnerships.create(ID, Map.of(
                    "sv", "Västerås–Jinan: medborgardialog",
                    "en", "Västerås–Jinan: resident dialogue",
                    "zh-Hans", "韦斯特罗斯—济南：市民对话"), "ingrid.icld", List.of("vasteras", "jinan", ORGANISER));
            MEMBERS.forEach(member -> partnerships.invite(ID, member, "ingrid.icld"));
            log.info("Demo partnership {} created", ID);
        });
    }
}
