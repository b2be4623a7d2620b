package org.sayso.core.xmi;

import java.util.Objects;

/**
 * What {@link SafeXmiReader} loaded besides the CAS itself.
 *
 * @param report     what the file held that Sayso's type system could not take, and so was dropped
 * @param xmlVersion the XML version the file declared, {@code "1.0"} or {@code "1.1"}; a document read from XML 1.1
 *                   may hold control characters that XML 1.0 cannot write, so whoever saves it again must know
 */
public record XmiReadResult(ImportReport report, String xmlVersion) {

	public XmiReadResult {
		Objects.requireNonNull(report, "report");
		Objects.requireNonNull(xmlVersion, "xmlVersion");
	}

	/** Whether the file was XML 1.1 (as INCEpTION writes for texts with control characters). */
	public boolean isXml11() {
		return "1.1".equals(xmlVersion);
	}
}
