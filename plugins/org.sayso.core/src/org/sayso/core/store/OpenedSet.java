package org.sayso.core.store;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.xmi.ImportReport;
import org.sayso.model.AnnotationSet;

/**
 * An annotation set opened from its file, with what the store needs to save it safely: the file it came from and
 * the file's stamp when it was read (null for a set that has no file yet).
 */
public final class OpenedSet {

	private final AnnotationSet set;
	private final Path file;
	private @Nullable FileStamp stamp;
	private final ImportReport report;
	private final List<String> warnings;
	private boolean xml11;
	private @Nullable Path foreignCopy;

	OpenedSet(AnnotationSet set, Path file, @Nullable FileStamp stamp, ImportReport report, List<String> warnings, boolean xml11) {
		this.set = set;
		this.file = file;
		this.stamp = stamp;
		this.report = report;
		this.warnings = List.copyOf(warnings);
		this.xml11 = xml11;
	}

	public AnnotationSet set() {
		return set;
	}

	public Path file() {
		return file;
	}

	/** The file's stamp when it was last read or saved; null while it has never been saved. */
	public @Nullable FileStamp stamp() {
		return stamp;
	}

	/** What the file held that Sayso could not keep (other tools' types and features). */
	public ImportReport report() {
		return report;
	}

	/** What was read differently from how it was written (unknown values, dangling links). */
	public List<String> warnings() {
		return warnings;
	}

	/** Whether the file is XML 1.1, because the text holds characters XML 1.0 cannot. */
	public boolean isXml11() {
		return xml11;
	}

	/**
	 * Where the store kept the file as it was read, because it held what Sayso cannot (see {@link #report()}) and a
	 * save rewrote it without that; null while no save had to.
	 */
	public @Nullable Path foreignCopy() {
		return foreignCopy;
	}

	void keptForeignCopy(Path copy) {
		this.foreignCopy = copy;
	}

	void saved(FileStamp newStamp, boolean asXml11) {
		this.stamp = newStamp;
		this.xml11 = asXml11;
	}
}
