package org.sanctions.registry.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes read through it and throws the given failure once they pass a limit: request bodies (413) and
 * decompressed list files (a zip or gzip bomb) are bounded by what is read, not by what a header or archive claims.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> exceeded;
    private long count;

    public LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> exceeded) {
        super(in);
        this.limit = limit;
        this.exceeded = exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw exceeded.get();
        }
    }
}
