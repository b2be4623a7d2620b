package org.sayso.core.store;

import org.sayso.core.IoProblems;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Replaces a file so that, whatever happens (a crash, a kill, a full disk), the file on disk is either the old
 * version or the new one, whole: the new bytes go to a temporary file in the same folder, are flushed to the disk,
 * and the temporary file is renamed over the old one in one atomic step. The old version is kept as
 * {@code <name>.bak}.
 */
public final class AtomicFileWriter {

	/** Writes the new content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	public static final String BACKUP_SUFFIX = ".bak";
	static final String TEMP_INFIX = ".saving-";

	private AtomicFileWriter() {
	}

	/** Folders whose files are a scratch copy of work kept elsewhere: written atomically, not flushed to disk. */
	private static final java.util.Set<Path> SCRATCH = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * Marks {@code folder} as scratch space until {@link #unmarkScratch}: a task that imports and suggests into a
	 * temporary project (the Spark jobs, whose durable copy is their committed output) need not wait for the disk.
	 */
	public static void markScratch(Path folder) {
		SCRATCH.add(folder.toAbsolutePath().normalize());
	}

	public static void unmarkScratch(Path folder) {
		SCRATCH.remove(folder.toAbsolutePath().normalize());
	}

	private static boolean flushes(Path file) {
		if (SCRATCH.isEmpty()) {
			return true;
		}
		var absolute = file.toAbsolutePath().normalize();
		return SCRATCH.stream().noneMatch(absolute::startsWith);
	}

	/**
	 * Writes {@code target} atomically and returns its new stamp.
	 *
	 * @param expected the stamp the caller read the file with, or null for "must not exist yet or may be replaced";
	 *                 when the file on disk no longer matches it, nothing is written
	 * @throws FileChangedOnDiskException when the file changed since {@code expected}
	 */
	public static FileStamp write(Path target, @Nullable FileStamp expected, boolean overwriteChanges, Content content)
			throws StoreException {
		try {
			if (!overwriteChanges && expected != null && !expected.matches(target)) {
				throw new FileChangedOnDiskException(target);
			}
			if (!overwriteChanges && expected == null && Files.exists(target)) {
				throw new FileChangedOnDiskException(target);
			}
			Files.createDirectories(target.getParent());
		} catch (IOException e) {
			throw new StoreException("Cannot save " + target + ": " + IoProblems.reason(e)
					+ ". Check that the folder exists and is writable.", e);
		}
		var temp = target.resolveSibling("." + target.getFileName() + TEMP_INFIX + ProcessHandle.current().pid() + "-"
				+ System.nanoTime());
		try {
			var digest = FileStamp.newDigest();
			long size;
			try (var channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				var counting = new CountingOutputStream(
						new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), digest));
				content.writeTo(counting);
				counting.flush();
				size = counting.count();
				if (flushes(target)) {
					channel.force(true);
				}
			}
			if (Files.exists(target)) {
				keepBackup(target);
			}
			move(temp, target);
			if (flushes(target)) {
				syncFolder(target.getParent());
			}
			deleteLeftovers(target);
			return new FileStamp(size, Files.getLastModifiedTime(target).toMillis(), digest.digest());
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException cleanup) {
				e.addSuppressed(cleanup);
			}
			throw new StoreException("Cannot save " + target + ": " + IoProblems.reason(e) + ". The previous version is"
					+ " unchanged; free disk space or check permissions, then save again.", e);
		}
	}

	/** Temporary files of saves that were killed before their rename: their process is gone. */
	private static void deleteLeftovers(Path target) {
		var prefix = "." + target.getFileName() + TEMP_INFIX;
		try (var siblings = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
			for (var leftover : siblings) {
				var pid = leftover.getFileName().toString().substring(prefix.length()).split("-")[0];
				if (!isRunning(pid)) {
					Files.deleteIfExists(leftover);
				}
			}
		} catch (IOException e) {
			// a leftover costs disk space only; the save itself succeeded
		}
	}

	private static boolean isRunning(String pid) {
		try {
			return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** The backup is a second name for the old file (a hard link), or a copy where links are not supported. */
	private static void keepBackup(Path target) throws IOException {
		var backup = target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
		Files.deleteIfExists(backup);
		try {
			Files.createLink(backup, target);
		} catch (UnsupportedOperationException | FileSystemException e) {
			Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// same folder, so this only happens on unusual file systems; a plain replace is the best left
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable; not every platform can open a folder, which is fine there. */
	private static void syncFolder(Path folder) {
		try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Windows cannot open folders as channels; NTFS journals the rename anyway
		}
	}

	private static final class CountingOutputStream extends java.io.FilterOutputStream {
		private long count;

		CountingOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		@NonNullByDefault({})
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}

		long count() {
			return count;
		}
	}
}
