package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Committed case changes reach subscribers of their own tenant, through the shared database's events. */
@AppTest
class CaseUpdatesTest {

    @Autowired
    Cases cases;

    @Autowired
    CaseUpdates updates;

    @Autowired
    TransactionTemplate transactions;

    private final BlockingQueue<Long> heardInVasteras = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> heardInJinan = new LinkedBlockingQueue<>();
    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_jinan_change_reaches_jinan_subscribers_and_not_vasteras_ones() throws Exception {
        Registration vasteras = updates.subscribe("vasteras", heardInVasteras::add);
        Registration jinan = updates.subscribe("jinan", heardInJinan::add);
        try {
            StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
            long jinanCase = cases.register(li, new NewCase("help", "hotline", "city-appearance",
                    "路灯不亮。", "历下区泉城路", null, null, null, "zh-Hans")).id();
            StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
            long vasterasCase = cases.register(anna, new NewCase("complaint", "phone", "streets-parks",
                    "Gatlyktan är trasig.", "Vasagatan 12", null, null, null, "sv")).id();

            assertThat(heardInJinan.poll(2, TimeUnit.SECONDS)).isEqualTo(jinanCase);
            assertThat(heardInVasteras.poll(2, TimeUnit.SECONDS)).isEqualTo(vasterasCase);
            // Deliveries run concurrently; a stray Jinan id would have arrived by now.
            assertThat(heardInVasteras.poll(300, TimeUnit.MILLISECONDS)).as("Jinan's change in Västerås").isNull();
            assertThat(heardInJinan.poll(0, TimeUnit.MILLISECONDS)).as("Västerås's change in Jinan").isNull();
        } finally {
            vasteras.remove();
            jinan.remove();
        }
    }

    @Test
    void a_change_that_is_rolled_back_is_not_announced() throws Exception {
        Registration vasteras = updates.subscribe("vasteras", heardInVasteras::add);
        try {
            StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
            transactions.executeWithoutResult(tx -> {
                cases.register(anna, new NewCase("complaint", "phone", "streets-parks", "Ångrat.", null, null,
                        null, null, "sv"));
                tx.setRollbackOnly();
            });
            assertThat(heardInVasteras.poll(500, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            vasteras.remove();
        }
    }
}
