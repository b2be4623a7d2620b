package org.sayso.core.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.jdt.annotation.NonNullByDefault;

/** Passes bytes on until a limit, then fails: a save never writes a file larger than Sayso reads back. */
final class SizeLimitedOutputStream extends FilterOutputStream {

	/** Thrown by a write past the limit; what was written so far is to be thrown away. */
	static final class LimitExceededException extends IOException {
		private static final long serialVersionUID = 1L;

		LimitExceededException(long limit) {
			super("more than " + limit + " bytes");
		}
	}

	private final long limit;
	private long count;

	SizeLimitedOutputStream(OutputStream out, long limit) {
		super(out);
		this.limit = limit;
	}

	@Override
	public void write(int b) throws IOException {
		reserve(1);
		out.write(b);
	}

	@Override
	@NonNullByDefault({})
	public void write(byte[] b, int off, int len) throws IOException {
		reserve(len);
		out.write(b, off, len);
	}

	private void reserve(int bytes) throws IOException {
		count += bytes;
		if (count > limit) {
			throw new LimitExceededException(limit);
		}
	}
}
