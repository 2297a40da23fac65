package se.linkoping.lod.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Counts what the server logs while it is open, as the console would print it (message and stack
 * trace), and keeps the first lines to show when a test fails.
 */
final class LogVolume implements AutoCloseable {

    private static final int KEPT = 50;

    private final AtomicLong bytes = new AtomicLong();
    private final List<String> first = new ArrayList<>();
    private final AbstractAppender appender;
    private final LoggerContext context;

    private LogVolume() {
        context = (LoggerContext) LogManager.getContext(false);
        PatternLayout layout = PatternLayout.newBuilder().withPattern("%d{HH:mm:ss.SSS} %-5level %-12c{1} %msg%n%throwable")
                .build();
        appender = new AbstractAppender("volume-" + System.nanoTime(), null, layout, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                String line = layout.toSerializable(event);
                bytes.addAndGet(line.length());
                synchronized (first) {
                    if (first.size() < KEPT) {
                        first.add(line);
                    }
                }
            }
        };
        appender.start();
        Configuration configuration = context.getConfiguration();
        configuration.getRootLogger().addAppender(appender, null, null);
        context.updateLoggers();
    }

    /** Starts counting. */
    static LogVolume start() {
        return new LogVolume();
    }

    /** The characters logged since the start. */
    long bytes() {
        return bytes.get();
    }

    /** The first lines logged, for a failure message. */
    String firstLines() {
        synchronized (first) {
            return String.join("", first);
        }
    }

    /** Whether any line logged so far carries a stack trace. */
    boolean anyStackTrace() {
        synchronized (first) {
            return first.stream().anyMatch(line -> line.contains("\tat "));
        }
    }

    @Override
    public void close() {
        context.getConfiguration().getRootLogger().removeAppender(appender.getName());
        context.updateLoggers();
        appender.stop();
    }
}
