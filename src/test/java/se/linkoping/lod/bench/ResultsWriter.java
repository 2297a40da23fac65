package se.linkoping.lod.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes results as {@code latest.json}, a dated copy of it, and {@code latest.md}: a table of the
 * figures and their goals, then the notes kept in {@code notes.md} beside them (what stands in the
 * way of the goals not met, and what was tried).
 */
final class ResultsWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'")
            .withZone(ZoneOffset.UTC);

    private ResultsWriter() {
    }

    /** Writes the three files into {@code folder}; returns the JSON file. */
    static Path write(Results results, Path folder) {
        try {
            Files.createDirectories(folder);
            JsonObject json = json(results);
            Path latest = folder.resolve("latest.json");
            try (OutputStream out = Files.newOutputStream(latest)) {
                JSON.write(out, json);
                out.write('\n');
            }
            Files.copy(latest, folder.resolve(STAMP.format(results.date()) + ".json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path notes = folder.resolve("notes.md");
            String notesText = Files.isRegularFile(notes) ? Files.readString(notes, StandardCharsets.UTF_8) : "";
            Files.writeString(folder.resolve("latest.md"), markdown(results, notesText), StandardCharsets.UTF_8);
            return latest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results into " + folder, e);
        }
    }

    static JsonObject json(Results r) {
        BenchSettings s = r.settings();
        JsonObject json = new JsonObject();
        json.put("command", s.command());
        json.put("date", r.date().toString());
        JsonObject machine = new JsonObject();
        machine.put("cores", r.machine().cores());
        machine.put("memory_mb", r.machine().memoryMb());
        machine.put("jvm", r.machine().jvm());
        machine.put("os", r.machine().os());
        machine.put("jvm_flags", s.java().jvmFlags().isEmpty() ? "(JVM defaults)" : String.join(" ", s.java().jvmFlags()));
        machine.put("load_average_before", r.loadBefore());
        machine.put("load_average_after", r.loadAfter());
        json.put("machine", machine);
        JsonObject run = new JsonObject();
        run.put("small_triples", s.smallTriples());
        run.put("large_triples", s.largeTriples());
        run.put("load_triples", s.loadTriples());
        run.put("seed", s.seed());
        run.put("runs", s.runs());
        run.put("load_runs", s.loadRuns());
        run.put("duration_s", s.duration().toSeconds());
        run.put("warmup_s", s.warmup().toSeconds());
        run.put("connections", s.connections());
        run.put("load_generator", r.loadGenerator());
        run.put("peer", r.peer());
        json.put("settings", run);
        JsonObject figures = new JsonObject();
        r.figures().forEach(f -> figures.put(f.name(), figure(f)));
        json.put("figures", figures);
        JsonObject measurements = new JsonObject();
        r.measurements().forEach(f -> measurements.put(f.name(), figure(f)));
        json.put("measurements", measurements);
        return json;
    }

    private static JsonObject figure(Figure f) {
        JsonObject json = new JsonObject();
        json.put("value", number(f.median()));
        json.put("unit", f.unit());
        json.put("min", number(f.min()));
        json.put("max", number(f.max()));
        JsonArray runs = new JsonArray();
        f.runs().forEach(v -> runs.add(number(v)));
        json.put("runs", runs);
        if (f.goal() != null) {
            json.put("goal", f.goalText());
            json.put("met", f.met());
        }
        return json;
    }

    /** A number as the tables print it (three significant decimals at most). */
    private static JsonNumber number(double value) {
        return JsonNumber.valueDecimal(Format.number(value));
    }

    static String markdown(Results r, String notes) {
        BenchSettings s = r.settings();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("`").append(s.command()).append("` on ").append(r.date()).append("  \n");
        md.append(r.machine().cores()).append(" cores, ").append(r.machine().memoryMb()).append(" MB, ")
                .append(r.machine().jvm()).append(", ").append(r.machine().os()).append("  \n");
        md.append("JVM flags: ").append(s.java().jvmFlags().isEmpty() ? "(JVM defaults)" : String.join(" ", s.java().jvmFlags()))
                .append("; load average before ").append(r.loadBefore()).append(", after ").append(r.loadAfter()).append("  \n");
        md.append(String.format("Data: %,d triples (small), %,d (large), %,d (loads), seed %d; %d runs of %d s "
                        + "(loads: %d runs), %d connections; HTTP load from %s.  %n",
                s.smallTriples(), s.largeTriples(), s.loadTriples(), s.seed(), s.runs(), s.duration().toSeconds(),
                s.loadRuns(), s.connections(), r.loadGenerator()));
        md.append("Peer: ").append(r.peer()).append(".\n\n");
        table(md, r.figures(), true);
        md.append("\nMeasurements the figures are made of:\n\n");
        table(md, r.measurements(), false);
        if (!notes.isBlank()) {
            md.append('\n').append(notes.strip()).append('\n');
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Figure> figures, boolean goals) {
        md.append(goals ? "| figure | median | min – max | goal | met |\n|---|---:|---:|---|---|\n"
                : "| measurement | median | min – max | unit |\n|---|---:|---:|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.name()).append(" | ").append(Format.number(f.median())).append(" | ")
                    .append(Format.number(f.min())).append(" – ").append(Format.number(f.max())).append(" | ");
            if (goals) {
                md.append(f.goalText()).append(" | ").append(Boolean.TRUE.equals(f.met()) ? "yes" : "**no**");
            } else {
                md.append(f.unit());
            }
            md.append(" |\n");
        }
    }
}
