package org.sayso.core.store;

import java.io.OutputStream;

final class OutputStreams {

	static final OutputStream NULL = OutputStream.nullOutputStream();

	private OutputStreams() {
	}
}
