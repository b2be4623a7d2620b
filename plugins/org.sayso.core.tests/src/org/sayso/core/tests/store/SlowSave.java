package org.sayso.core.tests.store;

import java.nio.file.Path;

import org.sayso.core.store.AtomicFileWriter;

/**
 * A child process for {@link AtomicFileWriterTest}: saves a large file slowly through {@link AtomicFileWriter},
 * announcing on standard output when it has started writing, so that the test can kill it mid-save.
 *
 * <pre>SlowSave &lt;target&gt; &lt;chunks&gt; &lt;fill byte&gt;</pre>
 */
public final class SlowSave {

	public static void main(String[] args) throws Exception {
		var target = Path.of(args[0]);
		int chunks = Integer.parseInt(args[1]);
		byte fill = (byte) Integer.parseInt(args[2]);
		AtomicFileWriter.write(target, null, true, out -> {
			var chunk = new byte[64 * 1024];
			java.util.Arrays.fill(chunk, fill);
			for (int i = 0; i < chunks; i++) {
				out.write(chunk);
				if (i == 0) {
					out.flush();
					System.out.println("WRITING");
					System.out.flush();
				}
				try {
					Thread.sleep(2);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new java.io.InterruptedIOException("interrupted while saving");
				}
			}
		});
		System.out.println("SAVED");
	}

	private SlowSave() {
	}
}
