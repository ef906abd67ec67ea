package org.citydialogue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app on a random port with a throwaway embedded PostgreSQL and the real tenant files.
 * Every test class that uses it shares one Spring context (and one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CityDialogueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "citydialogue.database.embedded-data-dir=",
            "citydialogue.public-url=http://localhost:${local.server.port}",
            "citydialogue.demo.enabled=true",
            // Tests make the cases they look at; generated history is tested on its own.
            "citydialogue.demo.case-history-days=0",
            // Vaadin's dev tools and their "development mode" popup cover the shell's top-right
            // corner (language switch, user menu) in browser tests and screenshots.
            "vaadin.devmode.devTools.enabled=false"
        })
public @interface AppTest {
}
