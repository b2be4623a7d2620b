package org.sayso.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.store.AtomicFileWriter;
import org.sayso.core.store.FileChangedOnDiskException;
import org.sayso.core.store.FileStamp;
import org.sayso.core.store.StoreException;

class AtomicFileWriterTest {

	private static final int CHUNKS = 160; // 10 MB, written over about half a second

	@TempDir
	Path folder;

	@Test
	void writesTheNewVersionAndKeepsTheOldAsBackup() throws Exception {
		var file = folder.resolve("story.xmi");
		var first = AtomicFileWriter.write(file, null, false, out -> out.write("old".getBytes()));
		var second = AtomicFileWriter.write(file, first, false, out -> out.write("new".getBytes()));
		assertEquals("new", Files.readString(file));
		assertEquals("old", Files.readString(folder.resolve("story.xmi.bak")));
		assertEquals(second, FileStamp.of(file));
		assertEquals(List.of("story.xmi", "story.xmi.bak"), names());
	}

	@Test
	void refusesToOverwriteAFileChangedByOthersAndWritesNothing() throws Exception {
		var file = folder.resolve("story.xmi");
		var stamp = AtomicFileWriter.write(file, null, false, out -> out.write("mine".getBytes()));
		Files.writeString(file, "theirs, from a git pull");

		var error = assertThrows(FileChangedOnDiskException.class,
				() -> AtomicFileWriter.write(file, stamp, false, out -> out.write("mine, edited".getBytes())));
		assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
		assertTrue(error.getMessage().contains("not saved"), error.getMessage());
		assertEquals("theirs, from a git pull", Files.readString(file));
		assertFalse(Files.exists(folder.resolve("story.xmi.bak")));

		AtomicFileWriter.write(file, stamp, true, out -> out.write("mine, edited".getBytes()));
		assertEquals("mine, edited", Files.readString(file));
		assertEquals("theirs, from a git pull", Files.readString(folder.resolve("story.xmi.bak")));
	}

	@Test
	void refusesToReplaceAFileThatAppearedSinceItWasFoundMissing() throws Exception {
		var file = folder.resolve("story.xmi");
		Files.writeString(file, "created by another annotator meanwhile");
		assertThrows(FileChangedOnDiskException.class,
				() -> AtomicFileWriter.write(file, null, false, out -> out.write("mine".getBytes())));
		assertEquals("created by another annotator meanwhile", Files.readString(file));
	}

	@Test
	void aTouchedFileWithTheSameBytesHasNotChanged() throws Exception {
		var file = folder.resolve("story.xmi");
		var stamp = AtomicFileWriter.write(file, null, false, out -> out.write("same".getBytes()));
		Files.setLastModifiedTime(file, FileTime.fromMillis(stamp.lastModifiedMillis() + 60_000));
		assertTrue(stamp.matches(file));
		AtomicFileWriter.write(file, stamp, false, out -> out.write("next".getBytes()));
		assertEquals("next", Files.readString(file));
	}

	@Test
	void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws Exception {
		var file = folder.resolve("story.xmi");
		var stamp = AtomicFileWriter.write(file, null, false, out -> out.write("old".getBytes()));
		var error = assertThrows(StoreException.class, () -> AtomicFileWriter.write(file, stamp, false, out -> {
			out.write("half of the new".getBytes());
			throw new IOException("disk full");
		}));
		assertTrue(error.getMessage().contains("disk full") && error.getMessage().contains("unchanged"), error.getMessage());
		assertEquals("old", Files.readString(file));
		assertEquals(List.of("story.xmi"), names());
	}

	@Test
	void killingTheSavingProcessMidWriteLeavesTheOldFileWhole() throws Exception {
		var file = folder.resolve("story.xmi");
		var old = filled(3, (byte) 'o');
		Files.write(file, old);

		var child = startSlowSave(file, 'n');
		awaitLine(child, "WRITING");
		child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

		assertArrayEquals(old, Files.readAllBytes(file), "the old version is whole");
		assertTrue(names().stream().anyMatch(n -> n.startsWith(".story.xmi.saving-")), "the killed save left its temporary file");

		// the next save cleans up after the killed one
		AtomicFileWriter.write(file, FileStamp.of(file), false, out -> out.write("after".getBytes()));
		assertEquals(List.of("story.xmi", "story.xmi.bak"), names());
	}

	@Test
	void killingASaveAtAnyMomentLeavesEitherTheOldOrTheNewFileWhole() throws Exception {
		var file = folder.resolve("story.xmi");
		var old = filled(3, (byte) 'o');
		var expectedNew = filled(CHUNKS, (byte) 'n');
		var random = new Random(42);
		int sawOld = 0;
		int sawNew = 0;
		for (int round = 0; round < 6; round++) {
			Files.write(file, old);
			var child = startSlowSave(file, 'n');
			awaitLine(child, "WRITING");
			Thread.sleep(random.nextInt(700));
			child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			var now = Files.readAllBytes(file);
			if (Arrays.equals(now, old)) {
				sawOld++;
			} else {
				assertArrayEquals(expectedNew, now, "round " + round + ": neither the old nor the new file");
				sawNew++;
			}
		}
		assertEquals(6, sawOld + sawNew);
	}

	private Process startSlowSave(Path file, char fill) throws Exception {
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var classPath = location(AtomicFileWriter.class) + File.pathSeparator + location(SlowSave.class);
		return new ProcessBuilder(java, "-cp", classPath, SlowSave.class.getName(), file.toString(),
				String.valueOf(CHUNKS), String.valueOf((int) fill)).redirectErrorStream(true).start();
	}

	/** Where the class was loaded from: the bundle's jar or class folder, which is all the child needs. */
	private static String location(Class<?> type) throws Exception {
		var path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		var classes = path.resolve("target/classes");
		return Files.isDirectory(classes) ? classes.toString() : path.toString();
	}

	private static void awaitLine(Process child, String expected) throws IOException {
		var reader = new BufferedReader(new InputStreamReader(child.getInputStream()));
		var output = new StringBuilder();
		for (String line; (line = reader.readLine()) != null;) {
			if (line.equals(expected)) {
				return;
			}
			output.append(line).append('\n');
		}
		throw new AssertionError("the child process ended without " + expected + ":\n" + output);
	}

	private static byte[] filled(int chunks, byte value) {
		var bytes = new byte[chunks * 64 * 1024];
		Arrays.fill(bytes, value);
		return bytes;
	}

	private List<String> names() throws IOException {
		try (var files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
