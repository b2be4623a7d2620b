/** Turning article files (plain text in any common encoding, HTML pages) into document text and metadata. */
package org.sayso.io.importer;
