package org.sayso.core.xmi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes on to the parser and stops it as soon as more than the limit have come, so a stream of unknown length
 * (a zip entry, a network download) is never read whole. It also notes whether the end was reached and how many lines
 * went by, so that a parse error can be told apart as "the file ends too early".
 * <p>
 * Closing it leaves the underlying stream open: the XML parser closes its input when done, but a zip entry's stream
 * belongs to the caller, who still has other entries to read.
 */
final class LimitedInputStream extends FilterInputStream {

	/** Thrown into the parser when the limit is passed; the reader turns it into a refusal. */
	static final class TooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

		TooLargeException(long limit) {
			super("more than " + limit + " bytes");
		}
	}

	private final long limit;
	private long count;
	private long newlines;
	private boolean reachedEnd;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		var b = super.read();
		if (b < 0) {
			reachedEnd = true;
		} else {
			counted(b == '\n' ? 1 : 0, 1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		var n = super.read(buffer, offset, length);
		if (n < 0) {
			reachedEnd = true;
			return n;
		}
		var lines = 0;
		for (int i = offset; i < offset + n; i++) {
			if (buffer[i] == '\n') {
				lines++;
			}
		}
		counted(lines, n);
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// the parser never skips; reading through keeps the count and the line total right
		var buffer = new byte[(int) Math.min(n, 8192)];
		var read = read(buffer, 0, buffer.length);
		return Math.max(read, 0);
	}

	@Override
	public void close() {
		// the owner of the underlying stream closes it
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void counted(int lines, int bytes) throws TooLargeException {
		newlines += lines;
		count += bytes;
		if (count > limit) {
			throw new TooLargeException(limit);
		}
	}

	/** Whether the underlying stream reported its end. */
	boolean reachedEnd() {
		return reachedEnd;
	}

	/** The number of the last line read so far (1 before any line feed). */
	long lastLine() {
		return newlines + 1;
	}

	long count() {
		return count;
	}
}
