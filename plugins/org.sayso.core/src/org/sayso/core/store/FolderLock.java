package org.sayso.core.store;

import org.sayso.core.IoProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A lock that one writer at a time holds on a folder Sayso writes (a project, an export's output), so that two
 * commands never write the same folder at once. It is an operating-system file lock on a file in the user's Sayso
 * folder ({@code ~/.sayso/locks}), named after the folder's absolute path: the system releases it with the process
 * that held it, even after a kill, and nothing is written into the user's own folders. The lock file names its
 * holder (process id and purpose) so that a waiting command can say whom it waits for.
 * <p>
 * Threads of one process are told apart too: a second {@code tryAcquire} of a folder this process holds fails.
 */
public final class FolderLock implements AutoCloseable {

	/** How often a waiting {@link #acquire} tries again. */
	private static final long RETRY_MILLIS = 100;

	private final Path folder;
	private final FileChannel channel;
	private final FileLock lock;

	private FolderLock(Path folder, FileChannel channel, FileLock lock) {
		this.folder = folder;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock of {@code folder} when it is free.
	 *
	 * @param purpose what the holder does, for the message of whoever finds the folder locked ("export", "import")
	 * @return the lock, or null when another command (or thread) holds it
	 */
	public static @Nullable FolderLock tryAcquire(Path folder, String purpose) throws StoreException {
		var file = lockFile(folder);
		FileChannel channel;
		try {
			Files.createDirectories(file.getParent());
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
		} catch (IOException e) {
			throw new StoreException("Cannot create the lock file " + file + " for " + folder + ": " + IoProblems.reason(e)
					+ ". Check that " + file.getParent() + " is writable.", e);
		}
		try {
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return null;
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " " + purpose + " " + folder + "\n")
					.getBytes(StandardCharsets.UTF_8)), 0);
			return new FolderLock(folder, channel, lock);
		} catch (IOException e) {
			try {
				channel.close();
			} catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw new StoreException("Cannot lock " + folder + " (lock file " + file + "): " + e.getMessage(), e);
		}
	}

	/**
	 * Takes the lock of {@code folder}, waiting while another command holds it; {@code whileWaiting} is told once,
	 * with a sentence that names the holder, before the wait begins.
	 *
	 * @throws StoreException when the thread is interrupted while waiting
	 */
	public static FolderLock acquire(Path folder, String purpose, @Nullable Consumer<String> whileWaiting)
			throws StoreException {
		var lock = tryAcquire(folder, purpose);
		if (lock != null) {
			return lock;
		}
		whileWaiting.accept("waiting for " + holder(folder) + ", which is writing " + folder + "...");
		while (lock == null) {
			try {
				Thread.sleep(RETRY_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new StoreException("Stopped waiting for the lock of " + folder + ".", e);
			}
			lock = tryAcquire(folder, purpose);
		}
		return lock;
	}

	/** Who holds the lock of {@code folder}, as the holder wrote it: "process 1234 (export)". */
	public static String holder(Path folder) {
		try {
			var line = Files.readString(lockFile(folder), StandardCharsets.UTF_8).strip();
			var parts = line.split(" ", 3);
			if (parts.length >= 2) {
				return parts[0].equals(String.valueOf(ProcessHandle.current().pid()))
						? "another " + parts[1] + " of this program"
						: "another Sayso command (" + parts[1] + ", process " + parts[0] + ")";
			}
		} catch (IOException | RuntimeException e) {
			// the holder is still named, only less precisely
		}
		return "another Sayso command";
	}

	public Path folder() {
		return folder;
	}

	@Override
	public void close() throws StoreException {
		try {
			lock.release();
			channel.close();
		} catch (IOException e) {
			throw new StoreException("Cannot release the lock of " + folder + ": " + IoProblems.reason(e), e);
		}
	}

	/** The lock file of a folder: its absolute, normalized path hashed, so that any folder name fits. */
	static Path lockFile(Path folder) {
		var key = canonical(folder).toString();
		try {
			var hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			var name = HexFormat.of().formatHex(hash, 0, 16) + ".lock";
			return locksFolder().resolve(name);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** The folder's path with its parent's links resolved, the same before and after the folder itself exists. */
	private static Path canonical(Path folder) {
		var absolute = folder.toAbsolutePath().normalize();
		var parent = absolute.getParent();
		if (parent == null) {
			return absolute;
		}
		try {
			return parent.toRealPath().resolve(absolute.getFileName());
		} catch (IOException e) {
			return absolute; // a parent that does not exist yet has no links to resolve
		}
	}

	private static Path locksFolder() {
		var configured = System.getProperty("sayso.locks");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return Path.of(System.getProperty("user.home"), ".sayso", "locks");
	}
}
