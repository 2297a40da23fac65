package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.load.Loader;
import se.linkoping.lod.store.StoreDirectory;

/**
 * One process per store, as two operators would find it: while {@code serve} runs on a store, a
 * second {@code serve} or a {@code load} on it is refused with a clear message and changes nothing;
 * once it stops, {@code load} works and takes the store's own base. {@code serve} takes its port
 * before it loads, and says when staff writes are on.
 */
class OneProcessPerStoreTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondServeOrLoadOnAStoreInUseIsRefusedUntilTheFirstStops() throws Exception {
        Path store = tmp.resolve("store");
        int port = ServeProcess.freePort();
        try (ServeProcess first = ServeProcess.start(port, "--store", store.toString())) {
            String served = new StoreDirectory(store).current().orElseThrow().getFileName().toString();

            CommandRun load = ServeProcess.run("load", "--store", store.toString());
            assertEquals(ExitCodes.FAILURE, load.exitCode(), load.out());
            assertTrue(load.out().contains("The store " + store + " is in use by another process (pid "), load.out());
            assertTrue(load.out().contains("serve on port " + port), load.out());

            CommandRun second = ServeProcess.run("serve", "--port", Integer.toString(ServeProcess.freePort()),
                    "--bind", "127.0.0.1", "--store", store.toString());
            assertEquals(ExitCodes.FAILURE, second.exitCode(), second.out());
            assertTrue(second.out().contains("is in use by another process"), second.out());
            assertFalse(second.out().contains("Loaded"), second.out());

            assertEquals(served, new StoreDirectory(store).current().orElseThrow().getFileName().toString(),
                    "the running server's database is still the one in service");
        }
        CommandRun load = CommandRun.of("load", "--store", store.toString());
        assertEquals(ExitCodes.OK, load.exitCode(), load.err());
    }

    @Test
    void loadTakesTheBaseTheStoreWasLoadedWithUnlessToldOtherwise() throws Exception {
        Path store = tmp.resolve("store");
        int port = ServeProcess.freePort();
        String base = "http://localhost:" + port + "/";
        try (ServeProcess served = ServeProcess.start(port, "--store", store.toString())) {
            assertTrue(served.output().contains("as " + base), served.output());
        }
        CommandRun load = CommandRun.of("load", "--store", store.toString());
        assertEquals(ExitCodes.OK, load.exitCode(), load.err());
        assertTrue(load.out().contains("Loading under the store's base " + base), load.out());
        assertEquals(base, new StoreDirectory(store).currentLoadInfo().orElseThrow().getProperty(Loader.BASE));

        CommandRun told = CommandRun.of("load", "--store", store.toString(), "--base", "https://data.example.se/");
        assertEquals(ExitCodes.OK, told.exitCode(), told.err());
        assertEquals("https://data.example.se/",
                new StoreDirectory(store).currentLoadInfo().orElseThrow().getProperty(Loader.BASE));
    }

    @Test
    void serveStopsAtOnceWhenItsPortIsTakenBeforeLoadingAnything() throws Exception {
        Path store = tmp.resolve("store");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            CommandRun serve = ServeProcess.run("serve", "--port", Integer.toString(taken.getLocalPort()),
                    "--bind", "127.0.0.1", "--store", store.toString());
            assertEquals(ExitCodes.FAILURE, serve.exitCode(), serve.out());
            assertTrue(serve.out().contains("Cannot listen on 127.0.0.1 port " + taken.getLocalPort()), serve.out());
            assertTrue(serve.out().contains("Nothing was loaded"), serve.out());
        }
        assertTrue(new StoreDirectory(store).current().isEmpty(), "no data was loaded");
    }

    @Test
    void serveSaysThatStaffWritesAreOn() throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("a long enough password".getBytes(StandardCharsets.UTF_8)));
        Path passwords = Files.writeString(tmp.resolve("staff"), "editor:sha256:" + hash + "\n");
        int port = ServeProcess.freePort();
        try (ServeProcess served = ServeProcess.start(port, "--store", tmp.resolve("store").toString(),
                "--admin-password-file", passwords.toString())) {
            assertTrue(served.output().contains("Staff writes are on: http://127.0.0.1:" + port + "/admin/"),
                    served.output());
        }
        try (ServeProcess served = ServeProcess.start(port, "--store", tmp.resolve("store").toString())) {
            assertFalse(served.output().contains("Staff writes"), served.output());
        }
    }
}
