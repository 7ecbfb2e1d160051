/** Server-rendered pages (Thymeleaf + htmx) that bring the modules together for people. */
package vn.steerboard.web;
