package se.linkoping.lod.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.testing.RunningSite;

/**
 * The site's static files (the style sheet, the query page's script) are served by every server,
 * a second one in the same JVM too, and SparkJava, which once served them, never warns about them.
 */
class StaticFilesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void eachServerServesTheStaticFilesWithoutAWarning() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logger spark = (Logger) LogManager.getLogger("spark");
        AbstractAppender appender = new AbstractAppender("warnings", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLevel().isMoreSpecificThan(Level.WARN)) {
                    warnings.add(event.getMessage().getFormattedMessage());
                }
            }
        };
        appender.start();
        spark.addAppender(appender);
        try {
            for (int start = 0; start < 2; start++) {
                try (RunningSite server = TwinTownsSite.site().start()) {
                    for (String file : List.of("site.css", "query-page/query.js")) {
                        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.root() + file)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, response.statusCode(), file);
                        assertTrue(response.body().length() > 100, file);
                    }
                }
            }
        } finally {
            spark.removeAppender(appender);
            appender.stop();
        }
        assertEquals(List.of(), warnings, "SparkJava's warnings");
    }
}
