package org.lvzhi.adapter.web.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pipe from the worker that writes a file to the server that sends it. Not {@link java.io.PipedInputStream}:
 * that ties the pipe to the last thread that read it and fails ("Read end dead") when the server reads on another
 * thread. A writer that fails breaks the pipe, so the client's download fails instead of ending as a cut file.
 */
final class FilePipe {

    private static final byte[] END = new byte[0];
    private static final byte[] BROKEN = new byte[0];

    private final BlockingQueue<byte[]> chunks;
    private volatile boolean readerGone;

    FilePipe(int chunksInFlight) {
        chunks = new ArrayBlockingQueue<>(chunksInFlight);
    }

    /** The writer's end: each write is one chunk (buffer it), closing it ends the file. */
    OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length > 0) {
                    put(Arrays.copyOfRange(bytes, offset, offset + length));
                }
            }

            @Override
            public void close() throws IOException {
                put(END);
            }
        };
    }

    /** Tells the reader the file will not be whole. */
    void breakOff() {
        chunks.clear();
        chunks.offer(BROKEN);
    }

    /** The server's end. */
    InputStream source() {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (current != END && position == current.length) {
                    current = take();
                    position = 0;
                }
                if (current == END) {
                    return -1;
                }
                int count = Math.min(length, current.length - position);
                System.arraycopy(current, position, into, offset, count);
                position += count;
                return count;
            }

            @Override
            public void close() {
                readerGone = true;
                chunks.clear();
            }
        };
    }

    private void put(byte[] chunk) throws IOException {
        try {
            while (!chunks.offer(chunk, 1, TimeUnit.SECONDS)) {
                if (readerGone) {
                    throw new IOException("the client stopped reading");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private byte[] take() throws IOException {
        try {
            byte[] chunk = chunks.take();
            if (chunk == BROKEN) {
                throw new IOException("the file could not be written to its end");
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }
}
