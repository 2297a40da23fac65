package se.linkoping.lod.web.http;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import spark.ExceptionHandlerImpl;
import spark.ExceptionMapper;
import spark.Request;
import spark.Response;
import spark.Spark;

import se.linkoping.lod.logging.RepeatedMessages;

/**
 * Every error answer of the web app goes out here, as an HTML page or as plain text by the request:
 * plain text when the route that took it answers machines ({@link Http#text}), else the HTML page in
 * the reader's language ({@link ErrorPage}), also for a path no route serves.
 *
 * <p>Registered on SparkJava's servlet-mode {@link ExceptionMapper} (in filter mode
 * {@code Spark.exception} is not used): an {@link HttpError} thrown by a route gives its status; any
 * other exception is logged with the request and an incident id and gives a 500 with that id, never a
 * stack trace. A thrown error drops the validators the route set for a success and is not cached.
 */
public final class ErrorResponder {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponder.class);
    /** The same fault again within a minute is counted, not logged with its stack trace each time. */
    private static final RepeatedMessages FAILURES = new RepeatedMessages(LOG, Duration.ofMinutes(1));
    private static final String TEXT = "text/plain; charset=utf-8";

    /** Renders the HTML page of an error. */
    public interface ErrorPage {

        /** The page (404, 406 or 500); {@code incident} is the id of a 500, else null. */
        String render(Request request, HttpError error, String incident);
    }

    private final ErrorPage page;

    public ErrorResponder(ErrorPage page) {
        this.page = page;
    }

    /** Registers the answers to paths no route serves and to exceptions thrown by routes. */
    public void register() {
        Spark.notFound((request, response) -> {
            failed(request, response, HttpError.notFound(request.pathInfo()), null);
            return response.body();
        });
        ExceptionMapper mapper = ExceptionMapper.getServletInstance();
        mapper.map(HttpError.class, new ExceptionHandlerImpl<>(HttpError.class) {
            @Override
            public void handle(HttpError error, Request request, Response response) {
                LOG.debug("{} {} {} ({})", error.status(), request.requestMethod(), request.pathInfo(), error.getMessage());
                failed(request, response, error, null);
            }
        });
        mapper.map(Exception.class, new ExceptionHandlerImpl<>(Exception.class) {
            @Override
            public void handle(Exception exception, Request request, Response response) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                FAILURES.failure(kind(exception), exception, "Failed {} {} (incident {})", request.requestMethod(),
                        request.pathInfo(), incident);
                failed(request, response, new HttpError(500, "Internal error (incident " + incident + ")"), incident);
            }
        });
    }

    /**
     * Answers with an error the route decided itself, keeping the headers it set ({@code Vary},
     * {@code Link}, {@code Retry-After}, ...).
     *
     * @return the body for the route to return
     */
    public Object answer(Request request, Response response, HttpError error) {
        respond(request, response, error, null);
        return response.body();
    }

    /** A fault's kind: its class and where it was thrown. */
    private static String kind(Exception exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return exception.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
    }

    private void failed(Request request, Response response, HttpError error, String incident) {
        for (String header : List.of("ETag", "Last-Modified", "Content-Location", "Link")) {
            response.raw().setHeader(header, null);
        }
        response.header("Cache-Control", "no-store");
        respond(request, response, error, incident);
    }

    private void respond(Request request, Response response, HttpError error, String incident) {
        response.status(error.status());
        if (Http.answersText(request)) {
            text(response, error.getMessage() + "\n");
            return;
        }
        try {
            String html = page.render(request, error, incident);
            response.type("text/html; charset=utf-8");
            response.body(html);
        } catch (RuntimeException failed) {
            LOG.error("Cannot render the {} page for {}", error.status(), request.pathInfo(), failed);
            text(response, error.status() == 404 ? "Not found" : "Internal error");
        }
    }

    private static void text(Response response, String body) {
        response.type(TEXT);
        response.body(body);
    }
}
