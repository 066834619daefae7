/**
 * The launch bundle of a SCORM package (dist/recap-scorm.min.js): the runtime adapter first, so a
 * resumed quiz opens where the student left it, then every element. Never loaded by reader pages.
 */
import '../lms/start.js';
import './recap.js';
