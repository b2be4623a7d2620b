package org.sayso.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.core.xmi.SafeXmiReader;
import org.xml.sax.SAXException;

/**
 * Writes an annotation set to its XMI file for the store: atomically (through {@link AtomicFileWriter}), never larger
 * than what the store reads back ({@link SafeXmiReader#limitFor}), and never dropping what the file held that Sayso
 * cannot: such a file is first copied, as it was read, to {@code <name>.xmi.foreign-<hash>} beside it, once.
 */
final class SetFile {

	private SetFile() {
	}

	/** Writes the set of {@code opened} over its file and records the new stamp in it. */
	static void write(OpenedSet opened, String projectName, boolean overwriteChanges) throws StoreException {
		keepForeignContent(opened);
		var set = opened.set();
		var cas = SaysoTypeSystem.createCas();
		CasMapper.write(set, projectName, cas);
		var text = set.getDocument().getText();
		boolean xml11 = XmlText.needsXml11(text);
		long limit = SafeXmiReader.limitFor(text.length());
		FileStamp stamp;
		try {
			stamp = AtomicFileWriter.write(opened.file(), opened.stamp(), overwriteChanges,
					out -> serialize(cas, new SizeLimitedOutputStream(out, limit), xml11, opened.file()));
		} catch (StoreException e) {
			if (causedByLimit(e)) {
				throw new StoreException("Did not save " + opened.file() + ": its " + set.getAnnotations().size()
						+ " annotations would take more than " + (limit >> 20) + " MB of XMI, the most that Sayso reads"
						+ " back for an article of " + text.length() + " characters. The file on disk is unchanged."
						+ " Split the article into smaller documents, or remove annotations (suggestions you do not"
						+ " need), then save again.", e);
			}
			throw e;
		}
		opened.saved(stamp, xml11);
	}

	private static boolean causedByLimit(Throwable e) {
		for (var cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SizeLimitedOutputStream.LimitExceededException
					|| cause instanceof SAXException sax
							&& sax.getException() instanceof SizeLimitedOutputStream.LimitExceededException) {
				return true;
			}
		}
		return false;
	}

	/** The suffix of the copy that keeps a file whose content Sayso could not hold, before it is rewritten. */
	static final String FOREIGN_COPY_INFIX = ".foreign-";

	private static void keepForeignContent(OpenedSet opened) throws StoreException {
		if (opened.report().isLossless() || opened.foreignCopy() != null || opened.stamp() == null) {
			return;
		}
		var file = opened.file();
		var hash = HexFormat.of().formatHex(opened.stamp().sha256(), 0, 6);
		var copy = file.resolveSibling(file.getFileName() + FOREIGN_COPY_INFIX + hash);
		try {
			if (!Files.exists(copy) && opened.stamp().matches(file)) {
				AtomicFileWriter.write(copy, null, false, out -> Files.copy(file, out));
			}
			if (!Files.exists(copy)) {
				return; // the file changed on disk: the save refuses it, unless told to overwrite, keeping a .bak
			}
		} catch (IOException e) {
			throw new StoreException("Cannot keep a copy of " + file + " (it holds " + opened.report().describe().size()
					+ " kind(s) of data that Sayso cannot hold, and saving would drop them): " + e.getMessage()
					+ ". Nothing was saved; check that " + file.getParent() + " is writable.", e);
		}
		opened.keptForeignCopy(copy);
	}

	private static void serialize(CAS cas, OutputStream out, boolean xml11, Path file)
			throws IOException {
		try {
			XmiCasSerializer.serialize(cas, cas.getTypeSystem(), out, false, null, null, xml11);
		} catch (SAXException e) {
			throw new IOException("UIMA could not write the XMI of " + file + ": " + e.getMessage(), e);
		}
	}

}
