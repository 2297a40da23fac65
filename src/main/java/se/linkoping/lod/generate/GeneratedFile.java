package se.linkoping.lod.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

import se.linkoping.lod.model.Iris;

/**
 * Writes generated data to a file, streamed, in the syntax its name says: {@code .nt} (N-Triples)
 * or {@code .ttl} (Turtle), each optionally {@code .gz}.
 */
public final class GeneratedFile {

    private GeneratedFile() {
    }

    /** Generates at least {@code triples} triples with {@code seed} into {@code file}; returns the count. */
    public static long write(Path file, long triples, long seed, Iris iris) {
        String name = file.getFileName().toString();
        boolean gzip = name.endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gzip ? name.substring(0, name.length() - 3) : name);
        if (lang == null || !StreamRDFWriter.registered(lang) || RDFLanguages.isQuads(lang)) {
            throw new IllegalArgumentException("Cannot stream triples as " + name + ": use .nt or .ttl (optionally .gz)");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16)) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, lang);
                return DataGenerator.generate(stream, triples, seed, iris);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
