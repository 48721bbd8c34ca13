export * from './mail.module.js';
export * from './mailer.js';
export * from './nodemailer.mailer.js';
