package org.citydialogue;

import com.vaadin.browserless.BaseBrowserlessTest;
import com.vaadin.browserless.TesterWrappers;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.browserless.mocks.MockContext;
import com.vaadin.browserless.mocks.MockHttpSession;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.browserless.mocks.MockServletConfig;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.browserless.mocks.MockInstantiator;
import com.vaadin.browserless.mocks.MockVaadinHelper;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringLookupInitializer;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.SpringVaadinServletService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.CodeSource;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestWrapper;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * Browserless view tests against the whole app ({@link AppTest}): views are Spring beans, and the
 * mock requests report the principal and roles of Spring Security's {@code SecurityContextHolder},
 * so Vaadin's navigation access control and {@code AuthenticationContext} see the signed-in user.
 *
 * <p>Unlike Vaadin's {@code SpringBrowserlessTest} (artifact {@code browserless-test-spring}, not a
 * dependency of this project) nothing is opened before the test: sign someone in (or not), then
 * {@link #openApp()}, which starts a new browser session at the root route. Calling it again is
 * a new session for whoever is signed in then.
 */
@AppTest
// A context of its own: the mock Vaadin servlet these tests start inside the app's Spring context
// must not share a running server with the tests that sign in over real HTTP.
@TestPropertySource(properties = "citydialogue.test.context=browserless")
public abstract class BrowserlessAppTest extends BaseBrowserlessTest implements TesterWrappers {

    @Autowired
    private ApplicationContext spring;

    /** A new browser session (VaadinSession and UI) at the root route, as whoever is signed in now. */
    protected void openApp() {
        closeApp();
        scanTesters();
        MockVaadin.INSTANCE.setMockRequestFactory(BrowserlessAppTest::securedRequest);
        MockVaadin.setup(MockedUI::new, startServlet(appRoutes(), spring), Set.of());
        initSignalsSupport();
    }

    @AfterEach
    protected void closeApp() {
        if (VaadinService.getCurrent() != null) {
            cleanVaadinEnvironment();
        }
        MockVaadin.INSTANCE.setMockRequestFactory(MockRequest::new);
    }

    /**
     * Runs the UI's pending access tasks, as a push would deliver them, until the screen shows what
     * {@code shown} checks; fails after 5 s. For changes made elsewhere (another session or node).
     */
    protected static void waitUntilShown(BooleanSupplier shown) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            MockVaadin.runUIQueue();
            if (shown.getAsBoolean()) {
                return;
            }
            org.assertj.core.api.Assertions.assertThat(System.nanoTime()).as("shown within 5 s without reloading")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Override
    protected final String testingEngine() {
        return "JUnit 6";
    }

    /** The app's own views and layouts; views that tests declare for themselves are left out. */
    private static Routes appRoutes() {
        Routes routes = discoverRoutes(Set.of("org.citydialogue"));
        routes.getRoutes().removeIf(BrowserlessAppTest::isTestClass);
        routes.getLayouts().removeIf(BrowserlessAppTest::isTestClass);
        return routes;
    }

    private static boolean isTestClass(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    /** Principal and roles of each mock request come from Spring Security, read when asked. */
    private static MockRequest securedRequest(MockHttpSession session) {
        var request = new MockRequest(session);
        var secured = new SecurityContextHolderAwareRequestWrapper(request, "ROLE_");
        request.principalProvider(secured::getUserPrincipal);
        request.roleChecker((principal, role) -> secured.isUserInRole(role));
        return request;
    }

    /** Starts the servlet as the container would, with Vaadin's lookup over the app's Spring context. */
    private static Servlet startServlet(Routes routes, ApplicationContext spring) {
        var context = new MockContext();
        context.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE,
                (WebApplicationContext) spring);
        var servlet = new Servlet(routes, spring);
        try {
            new LookupServletContainerInitializer().onStartup(Set.of(SpringLookupInitializer.class,
                    LookupInitializer.class, Class.forName(LookupInitializer.class.getName() + "$ResourceProviderImpl")),
                    context);
            var config = new MockServletConfig(context);
            config.getServletInitParams().put(InitParameters.BROWSERLESS, "true");
            servlet.init(config);
        } catch (ServletException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot start the Vaadin servlet for browserless tests", e);
        }
        return servlet;
    }

    private static final class Servlet extends SpringServlet {

        private final Routes routes;
        private final ApplicationContext spring;

        Servlet(Routes routes, ApplicationContext spring) {
            super(spring, false);
            this.routes = routes;
            this.spring = spring;
        }

        @Override
        protected DeploymentConfiguration createDeploymentConfiguration() throws ServletException {
            MockVaadinHelper.mockFlowBuildInfo(this);
            return super.createDeploymentConfiguration();
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
            var service = new Service(this, configuration, spring);
            service.init();
            routes.register(service.getContext());
            return service;
        }

        @Override
        protected VaadinServletRequest createVaadinRequest(HttpServletRequest request) {
            return new VaadinServletRequest(new SecurityContextHolderAwareRequestWrapper(request, "ROLE_"),
                    getService());
        }
    }

    private static final class Service extends SpringVaadinServletService {

        Service(Servlet servlet, DeploymentConfiguration configuration, ApplicationContext spring) {
            super(servlet, configuration, spring);
        }

        @Override
        protected boolean isAtmosphereAvailable() {
            return false;
        }

        @Override
        public String getMainDivId(VaadinSession session, VaadinRequest request) {
            return "ROOT-1";
        }

        @Override
        protected VaadinSession createVaadinSession(VaadinRequest request) {
            return new Session(this);
        }

        @Override
        public Instantiator getInstantiator() {
            return MockInstantiator.create(super.getInstantiator());
        }
    }

    private static final class Session extends VaadinSession {

        Session(VaadinService service) {
            super(service);
        }

        @Override
        public void close() {
            super.close();
            MockVaadin.afterSessionClose(this, MockedUI::new);
        }
    }
}
