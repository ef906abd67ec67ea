package org.citydialogue.open311;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.citydialogue.AppTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole app as {@link AppTest} has it, with rate limits out of the way: for the fuzz test of the
 * endpoints and the intake benchmark, which share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
@TestPropertySource(properties = {
    "VASTERAS_WEBFORM_RATE_LIMIT=1000000",
    "JINAN_APP_RATE_LIMIT=1000000",
    "citydialogue.open311.anonymous-requests-per-second=1000000"
})
@interface UnlimitedClients {
}
