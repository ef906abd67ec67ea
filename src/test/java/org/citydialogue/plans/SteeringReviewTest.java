package org.citydialogue.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.citydialogue.AppTest;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A steering review of the demo plan, from preparation to the sign-off of both cities. */
@AppTest
class SteeringReviewTest {

    @Autowired
    SteeringReviews reviews;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void outcome_statuses_come_from_the_indicators_as_of_the_end_of_the_period() {
        StaffUser anna = Members.anna();
        long id = reviews.open(anna, Members.PARTNERSHIP, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 6, 30));

        SteeringReview review = reviews.review(anna, Members.PARTNERSHIP, id).orElseThrow();

        // Answers within two days: 78 → 84 of 90 (half-way) at 13 % of the project's time.
        assertThat(status(review, "An answer or a referral within two days").status()).isEqualTo(OutcomeStatus.ON_TRACK);
        assertThat(review.memberTenants()).containsExactlyInAnyOrder("vasteras", "jinan");
    }

    @Test
    void a_steering_member_of_each_city_signs_off_and_the_review_is_closed() {
        StaffUser anna = Members.anna();
        long id = reviews.open(anna, Members.PARTNERSHIP, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
        SteeringReview review = reviews.review(anna, Members.PARTNERSHIP, id).orElseThrow();
        long satisfaction = status(review, "More satisfied residents").outcome().id();

        assertThatThrownBy(() -> reviews.override(anna, Members.PARTNERSHIP, id, review.version(), satisfaction,
                OutcomeStatus.OFF_TRACK, " ")).extracting("messageKey").isEqualTo("plans.error.reason-required");
        reviews.override(anna, Members.PARTNERSHIP, id, 0, satisfaction, OutcomeStatus.OFF_TRACK,
                "The survey is late; no new figures this year.");
        reviews.addDecision(anna, Members.PARTNERSHIP, id, 1, LocalizedText.of(SupportedLanguage.EN,
                "Run the survey in both cities by March"), "jinan", "li.agent", LocalDate.of(2027, 3, 31));
        reviews.writeMinutes(Members.li(), Members.PARTNERSHIP, id, 2, SupportedLanguage.ZH_HANS,
                "会议讨论了回访调查的进度。");

        StaffUser li = Members.li();
        assertThatThrownBy(() -> reviews.signOff(li, Members.PARTNERSHIP, id, 3))
                .extracting("messageKey").isEqualTo("plans.error.not-steering");
        reviews.signOff(Members.sara(), Members.PARTNERSHIP, id, 3);
        assertThat(reviews.review(Members.sara(), Members.PARTNERSHIP, id).orElseThrow().awaitingSignOff())
                .containsExactly("jinan");
        reviews.signOff(Members.zhang(), Members.PARTNERSHIP, id, 3);

        SteeringReview signed = reviews.review(Members.zhang(), Members.PARTNERSHIP, id).orElseThrow();
        assertThat(signed.signedOff()).isTrue();
        assertThat(signed.signOffs()).extracting(SteeringReview.SignOff::name)
                .containsExactly("Sara Ekström", "张敏");
        assertThat(status(signed, "More satisfied residents").status()).isEqualTo(OutcomeStatus.OFF_TRACK);
        assertThat(signed.decisions()).singleElement().satisfies(d -> assertThat(d.owner().name()).isEqualTo("李娜"));
        assertThatThrownBy(() -> reviews.writeMinutes(Members.anna(), Members.PARTNERSHIP, id, 3, SupportedLanguage.SV,
                "Ändrat i efterhand")).extracting("messageKey").isEqualTo("plans.error.review-closed");
    }

    @Test
    void a_sign_off_on_a_version_someone_has_since_changed_is_refused() {
        StaffUser anna = Members.anna();
        long id = reviews.open(anna, Members.PARTNERSHIP, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30));
        reviews.writeMinutes(anna, Members.PARTNERSHIP, id, 0, SupportedLanguage.SV, "Första utkast.");

        StaffUser sara = Members.sara();
        assertThatThrownBy(() -> reviews.signOff(sara, Members.PARTNERSHIP, id, 0))
                .extracting("messageKey").isEqualTo("plans.error.concurrent");
    }

    private static SteeringReview.OutcomeReview status(SteeringReview review, String english) {
        return review.outcomes().stream().filter(o -> o.outcome().title().in(SupportedLanguage.EN)
                .orElse("").equals(english)).findFirst().orElseThrow();
    }
}
