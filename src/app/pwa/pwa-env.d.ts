// Types for virtual:pwa-register/react (provided by vite-plugin-pwa at build time).
/// <reference types="vite-plugin-pwa/react" />
