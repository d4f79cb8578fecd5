import Link from "next/link";

const styles = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border-2 border-brand-700 text-brand-800 hover:bg-brand-50",
  inverse: "bg-white text-brand-900 hover:bg-brand-50",
  outlineInverse: "border-2 border-white text-white hover:bg-brand-800",
};

type Props = { href: string; children: React.ReactNode; variant?: keyof typeof styles };

export function ButtonLink({ href, children, variant = "primary" }: Props) {
  return (
    <Link
      href={href}
      className={`inline-flex min-h-12 items-center justify-center rounded-md px-6 py-3 text-lg font-semibold ${styles[variant]}`}
    >
      {children}
    </Link>
  );
}
