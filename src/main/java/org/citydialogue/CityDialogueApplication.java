package org.citydialogue;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: one jar that serves every tenant. */
@SpringBootApplication
@Push
public class CityDialogueApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CityDialogueApplication.class, args);
    }
}
