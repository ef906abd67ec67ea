package org.citydialogue.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import org.citydialogue.cases.CaseInputException;
import org.citydialogue.open311.Open311Exception;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the API in the spec's error format, never a stack trace. Input the case rules
 * or the database's checks refuse is the client's fault (400); anything else is logged and answered
 * 503, with nothing of its cause.
 */
@RestControllerAdvice(assignableTypes = GeoReportController.class)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<byte[]> refused(Open311Exception e, HttpServletRequest request) {
        return Answers.of(e.status(), request.getRequestURI(), e.document());
    }

    @ExceptionHandler({CaseInputException.class, DataIntegrityViolationException.class})
    ResponseEntity<byte[]> invalid(RuntimeException e, HttpServletRequest request) {
        return Answers.of(400, request.getRequestURI(), Open311Exception.errors(400,
                "The request is not valid for this city: " + e.getClass().getSimpleName().replace("Exception", "")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception e, HttpServletRequest request) {
        LOG.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return Answers.of(503, request.getRequestURI(), Open311Exception.errors(503,
                "The service is unable to answer right now; try again later"));
    }
}
