/**
 * Finding date and time expressions in news text and normalizing them to ISO 8601 values, relative to the
 * article's creation date (DCT) where the text leaves the year, month or day to the reader.
 */
package org.sayso.core.dates;
