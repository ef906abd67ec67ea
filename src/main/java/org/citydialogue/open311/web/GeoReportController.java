package org.citydialogue.open311.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.citydialogue.open311.Document;
import org.citydialogue.open311.Format;
import org.citydialogue.open311.Jurisdiction;
import org.citydialogue.open311.Jurisdictions;
import org.citydialogue.open311.Open311Exception;
import org.citydialogue.open311.RequestForm;
import org.citydialogue.open311.RequestIntake;
import org.citydialogue.open311.RequestQuery;
import org.citydialogue.open311.RequestViews;
import org.citydialogue.open311.ServiceCatalogue;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GeoReport v2 at {@code /open311/v2/}, for every city: the format is the path's extension
 * ({@code services.json}, {@code requests/VST-2026-000042.xml}), the city the
 * {@code jurisdiction_id} parameter (or the authenticated client's own).
 */
@RestController
class GeoReportController {

    static final String BASE = "/open311/v2";

    private final Jurisdictions jurisdictions;
    private final ServiceCatalogue catalogue;
    private final RequestViews views;
    private final RequestIntake intake;
    private final Environment environment;
    private final Clock clock;

    GeoReportController(Jurisdictions jurisdictions, ServiceCatalogue catalogue, RequestViews views,
            RequestIntake intake, Environment environment, Optional<Clock> clock) {
        this.jurisdictions = jurisdictions;
        this.catalogue = catalogue;
        this.views = views;
        this.intake = intake;
        this.environment = environment;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Operation(summary = "discovery.{xml|json}, services.{xml|json} or GET requests.{xml|json} (filters "
            + "service_request_id, service_code, start_date, end_date, status, extensions)")
    @GetMapping(BASE + "/{file}")
    ResponseEntity<byte[]> top(@Parameter(example = "services.json") @PathVariable String file,
            HttpServletRequest request) {
        return switch (name(file)) {
            case "discovery" -> answer(file, request, where -> catalogue.discovery(where, endpointUrl()));
            case "services" -> answer(file, request, catalogue::services);
            case "requests" -> answer(file, request, where -> views.list(where,
                    RequestQuery.parse(request.getParameterMap(), where.tenant(), clock.instant())));
            default -> throw notFound(file);
        };
    }

    @Operation(summary = "POST requests.{xml|json}: report a service request (form-encoded; api_key or a "
            + "bearer token; Idempotency-Key header or device_id + client_request_id make retries safe)")
    @PostMapping(BASE + "/{file}")
    ResponseEntity<byte[]> post(@Parameter(example = "requests.json") @PathVariable String file,
            HttpServletRequest request) {
        if (!"requests".equals(name(file))) {
            throw notFound(file);
        }
        Format format = format(file);
        Jurisdiction where = jurisdiction(request);
        if (!where.authenticated()) {
            throw Open311Exception.forbidden("Posting needs an api_key or a bearer access token of the city");
        }
        var submitted = RequestForm.parse(request.getParameterMap(), where.settings());
        String key = idempotencyKey(request);
        RequestIntake.Receipt receipt = TenantContext.call(where.id(), () -> intake.submit(where, submitted, key));
        var answer = Answers.of(200, format, views.receipt(where, receipt));
        return receipt.replayed()
                ? ResponseEntity.ok().headers(answer.getHeaders()).header("Idempotent-Replayed", "true")
                        .body(answer.getBody())
                : answer;
    }

    @Operation(summary = "services/{service_code}.{xml|json}: the service definition with its attributes")
    @GetMapping(BASE + "/services/{file}")
    ResponseEntity<byte[]> definition(@PathVariable String file, HttpServletRequest request) {
        return answer(file, request, where -> catalogue.definition(where, name(file)));
    }

    @Operation(summary = "requests/{service_request_id}.{xml|json}: one service request")
    @GetMapping(BASE + "/requests/{file}")
    ResponseEntity<byte[]> one(@PathVariable String file, HttpServletRequest request) {
        return answer(file, request, where -> views.one(where, name(file),
                "true".equals(RequestQuery.single(request.getParameterMap(), "extensions"))));
    }

    @Operation(summary = "tokens/{token}.{xml|json}: the service request a POST's token stands for")
    @GetMapping(BASE + "/tokens/{file}")
    ResponseEntity<byte[]> token(@PathVariable String file, HttpServletRequest request) {
        return answer(file, request, where -> views.token(where, name(file)));
    }

    /** Anything else under /open311: the spec's 404, whatever the method. */
    @RequestMapping("/open311/**")
    ResponseEntity<byte[]> elsewhere(HttpServletRequest request) {
        throw Open311Exception.notFound("No such Open311 resource: see " + BASE + "/discovery.xml");
    }

    private ResponseEntity<byte[]> answer(String file, HttpServletRequest request,
            Function<Jurisdiction, Document> read) {
        Format format = format(file);
        Jurisdiction where = jurisdiction(request);
        return Answers.of(200, format, TenantContext.call(where.id(), () -> read.apply(where)));
    }

    /** Resolved at the call: a test server's port is only known once it runs. */
    private String endpointUrl() {
        return environment.resolveRequiredPlaceholders("${citydialogue.public-url}").replaceAll("/$", "") + BASE + "/";
    }

    private Jurisdiction jurisdiction(HttpServletRequest request) {
        return jurisdictions.resolve(RequestQuery.single(request.getParameterMap(), "jurisdiction_id"),
                ApiCallers.client(request).orElse(null), RequestQuery.single(request.getParameterMap(), "locale"),
                request.getHeader("Accept-Language"));
    }

    private static String idempotencyKey(HttpServletRequest request) {
        String key = request.getHeader("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 200 || !key.matches("[\\x21-\\x7e]+")) {
            throw Open311Exception.badRequest("Idempotency-Key must be 1-200 printable ASCII characters");
        }
        return key;
    }

    private static String name(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    private static Format format(String file) {
        int dot = file.lastIndexOf('.');
        return Format.fromExtension(dot < 0 ? "" : file.substring(dot + 1))
                .orElseThrow(() -> notFound(file));
    }

    private static Open311Exception notFound(String file) {
        return Open311Exception.notFound(Jurisdictions.clip(file) + " is not an Open311 resource: end it in .xml "
                + "or .json, e.g. services.json");
    }
}
