/** Logging that stays bounded under load: the same message again is counted, not written again. */
package se.linkoping.lod.logging;
