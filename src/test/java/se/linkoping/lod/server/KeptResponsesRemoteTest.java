package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.store.RemoteStore;
import se.linkoping.lod.store.StockFuseki;
import se.linkoping.lod.store.TestData;
import se.linkoping.lod.testing.RunningSite;

/**
 * In remote mode, a kept document vouches for nothing once the endpoint that holds the data can no
 * longer say which version it serves: the app answers, as it would without kept responses.
 */
class KeptResponsesRemoteTest {

    private static StockFuseki remote;

    @RegisterExtension
    static final RunningSite site = RunningSite.remote(KeptResponsesRemoteTest::startRemote, TestData.IRIS);

    private static String startRemote() {
        remote = StockFuseki.overSampleData("kept-remote");
        return remote.queryEndpoint();
    }

    @Test
    void aKeptDocumentIsNotServedWhenTheEndpointIsGone() throws Exception {
        String doc = site.root() + "doc/place/kaunas";
        Map<String, String> turtle = Map.of("Accept", "text/turtle");
        assertEquals(200, site.get(doc, turtle).statusCode());
        HttpResponse<byte[]> kept = site.get(doc, turtle);
        assertEquals(200, kept.statusCode());
        assertEquals("0", kept.headers().firstValue("X-Store-Queries").orElseThrow());

        remote.close();
        Thread.sleep(RemoteStore.VERSION_TTL.toMillis() + 500);
        HttpResponse<byte[]> gone = site.get(doc, turtle);
        assertNotEquals(200, gone.statusCode(), "the kept document is not served without a version to vouch for it");
        HttpResponse<byte[]> app = site.get(doc, Map.of("Accept", "text/turtle", "Cookie", "seen=1"));
        assertEquals(app.statusCode(), gone.statusCode(), "the app's own answer");
        assertEquals(app.headers().firstValue("Content-Type"), gone.headers().firstValue("Content-Type"),
                "the app's own error page, not the server's");
    }
}
