package org.sayso.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What a file was when Sayso read or wrote it: size, modification time and a SHA-256 of its bytes. Comparing
 * stamps tells whether someone else (another annotator, a {@code git pull}) changed the file since; a file that
 * was only touched, with the same bytes, has not changed.
 */
public record FileStamp(long size, long lastModifiedMillis, byte[] sha256) {

	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** The stamp of {@code file} as it is on disk now, or null when there is no such file. */
	public static @Nullable FileStamp of(Path file) throws IOException {
		try {
			var digest = newDigest();
			long modified = Files.getLastModifiedTime(file).toMillis();
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return new FileStamp(Files.size(file), modified, digest.digest());
		} catch (NoSuchFileException e) {
			return null;
		}
	}

	/** Whether {@code file} still has the bytes this stamp was taken of (false when it was deleted). */
	public boolean matches(Path file) throws IOException {
		if (!Files.exists(file)) {
			return false;
		}
		if (Files.size(file) == size && Files.getLastModifiedTime(file).toMillis() == lastModifiedMillis) {
			return true;
		}
		var now = of(file);
		return now != null && Arrays.equals(now.sha256, sha256);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof FileStamp s && s.size == size && s.lastModifiedMillis == lastModifiedMillis
				&& Arrays.equals(s.sha256, sha256);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(sha256);
	}

	@Override
	public String toString() {
		return size + " bytes, modified " + lastModifiedMillis + ", sha256 " + HexFormat.of().formatHex(sha256);
	}
}
