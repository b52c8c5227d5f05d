package org.lvzhi.adapter.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FilePipeTest {

    @Test
    @DisplayName("what the writer writes arrives whole, read in turn by threads that end, as the server reads it")
    void carriesTheFileAcrossThreads() throws Exception {
        FilePipe pipe = new FilePipe(2);
        byte[] file = new byte[300_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31);
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = pipe.sink()) {
                for (int offset = 0; offset < file.length; offset += 1000) {
                    out.write(file, offset, Math.min(1000, file.length - offset));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        InputStream in = pipe.source();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int read = 0;
        while (read >= 0) {
            // each read on a thread of its own that then ends: PipedInputStream fails here with "Read end dead"
            try (var reader = Executors.newSingleThreadExecutor()) {
                read = reader.submit(() -> in.read(buffer)).get();
            }
            if (read > 0) {
                received.write(buffer, 0, read);
            }
        }
        writer.get();

        assertThat(received.toByteArray()).isEqualTo(file);
    }

    @Test
    @DisplayName("a writer that breaks off makes the download fail, not end as a cut file")
    void aBrokenFileFailsTheReader() throws Exception {
        FilePipe pipe = new FilePipe(4);
        pipe.sink().write(new byte[] {1, 2, 3});
        pipe.breakOff();

        assertThatThrownBy(() -> pipe.source().readAllBytes()).isInstanceOf(IOException.class);
    }
}
