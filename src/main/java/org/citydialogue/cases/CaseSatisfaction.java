package org.citydialogue.cases;

import java.util.Optional;
import java.util.Set;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's satisfaction, asked at follow-up. Where the tenant's lifecycle has an
 * {@code evaluate} step (Jinan: 回访 then 评价), recording it is that step and moves the case on;
 * elsewhere (Västerås) it is recorded on any closed case and the case stays where it is.
 */
@Service
public class CaseSatisfaction {

    /** The lifecycle step that recording satisfaction takes, where the tenant has one. */
    static final String EVALUATE = "evaluate";
    private static final Set<Role> RECORDERS = Set.of(Role.AGENT, Role.CASE_HANDLER, Role.SUPERVISOR);

    private final CaseSteps steps;

    CaseSatisfaction(CaseSteps steps) {
        this.steps = steps;
    }

    /** The scale this staff member's city asks on. */
    public String scale(StaffUser staff) {
        return Satisfaction.scaleFor(steps.tenantOf(staff).calendar());
    }

    public Optional<Satisfaction> recorded(long id) {
        return steps.jdbc.sql("select satisfaction, satisfaction_scale from resident_case where id = ? and satisfaction is not null")
                .param(id).query((rs, n) -> new Satisfaction(rs.getInt(1), rs.getString(2))).optional();
    }

    public boolean mayRecord(StaffUser staff, ResidentCase c) {
        Lifecycle lifecycle = steps.catalogue.require(steps.tenantOf(staff).id()).lifecycle();
        return lifecycle.action(EVALUATE)
                .map(evaluate -> evaluate.from().contains(c.status()) && evaluate.allowedFor(staff.roles()))
                .orElseGet(() -> c.closed() && staff.roles().stream().anyMatch(RECORDERS::contains));
    }

    /**
     * Records the resident's answer.
     *
     * @param score on the tenant's scale: 1–5 in Sweden, 1–3 (不满意/基本满意/满意) in China
     * @throws CaseInputException        field {@code score}, or {@code case} when not possible or allowed now
     * @throws ConcurrentChangeException when someone else changed the case since {@code version}
     */
    @Transactional
    public ResidentCase recordSatisfaction(StaffUser staff, long id, int version, int score) {
        Tenant tenant = steps.tenantOf(staff);
        String scale = Satisfaction.scaleFor(tenant.calendar());
        Lifecycle lifecycle = steps.catalogue.require(tenant.id()).lifecycle();
        ResidentCase current = steps.require(id);
        steps.checkVersion(current, version);
        Optional<Lifecycle.Action> evaluate = lifecycle.action(EVALUATE);
        if (evaluate.isPresent() ? !evaluate.get().from().contains(current.status()) : !current.closed()) {
            throw new CaseInputException("case", Msg.key("case.error.step.not.possible"));
        }
        if (!mayRecord(staff, current)) {
            throw new CaseInputException("case", Msg.key("case.error.step.not.allowed"));
        }
        if (score < 1 || score > Satisfaction.highest(scale)) {
            throw new CaseInputException("score", Msg.key("case.error.satisfaction.out.of.scale"));
        }
        String to = evaluate.map(Lifecycle.Action::to).orElse(current.status());
        steps.bump(current, version);
        steps.jdbc.sql("update resident_case set satisfaction = ?, satisfaction_scale = ?, status = ? where id = ?")
                .params(score, scale, to, id).update();
        Satisfaction satisfaction = new Satisfaction(score, scale);
        steps.event(tenant, id, staff, "satisfaction-recorded", current.status(), to, satisfaction.label());
        steps.changed(tenant, id);
        return steps.jdbc.sql("select * from resident_case where id = ?").param(id).query(Cases::row).single();
    }
}
