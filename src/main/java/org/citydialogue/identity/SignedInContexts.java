package org.citydialogue.identity;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Where Spring Security keeps who is signed in for the request being handled: Vaadin's strategy
 * (the request's thread, or the Vaadin session of a push or UI access), but ONE instance per JVM.
 *
 * <p>Vaadin installs its strategy into Spring Security's static holder from every application
 * context it starts, while each context's filters keep the instance they were built with. With a
 * second context in the same JVM (the test suite runs several), filters stored a sign-in in one
 * instance's thread-locals and static lookups (the authorization endpoint, the app's own code) read
 * the other's: sign-ins failed with "invalid_request: principal", and a worker thread could even
 * show a request the authentication an earlier request had left in the other instance.
 */
@Configuration(proxyBeanMethods = false)
class SignedInContexts {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        return SHARED;
    }
}
