package se.linkoping.lod.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses RDF files with Jena's RIOT, IRIs resolved against the publisher's base, into a stream;
 * records every syntax error as a {@link Problem.Syntax} and goes on with the next file, so that one
 * run reports the errors of all files.
 */
public final class RdfReader {

    private static final Logger LOG = LoggerFactory.getLogger(RdfReader.class);

    private final String base;
    private final List<Problem> problems = new ArrayList<>();
    private final AtomicLong bytesRead = new AtomicLong();

    public RdfReader(String base) {
        this.base = base;
    }

    /** Parses one file into the stream; returns false (and records the problem) when it has an error. */
    public boolean read(Path file, StreamRDF destination) {
        String name = file.toString();
        Lang lang = RdfFiles.langOf(file);
        if (lang == null) {
            problems.add(new Problem.Syntax(name, -1, -1, "not a known RDF syntax (by its file extension)"));
            return false;
        }
        int before = problems.size();
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(lang).base(base).errorHandler(new Collector(name)).parse(destination);
        } catch (RiotException e) {
            if (problems.size() == before) {
                problems.add(new Problem.Syntax(name, -1, -1, e.getMessage()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return problems.size() == before;
    }

    /** How many bytes of the files have been read so far (compressed bytes for {@code .gz} files). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The syntax errors found so far. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private InputStream open(Path file) throws IOException {
        InputStream counted = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        };
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted;
    }

    /** Records errors with their place; warnings (e.g. an odd IRI) are logged only. */
    private final class Collector implements ErrorHandler {
        private final String file;

        Collector(String file) {
            this.file = file;
        }

        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{}:{}:{}: {}", file, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            problems.add(new Problem.Syntax(file, line, col, message));
        }

        @Override
        public void fatal(String message, long line, long col) {
            problems.add(new Problem.Syntax(file, line, col, message));
            throw new RiotException(message);
        }
    }
}
