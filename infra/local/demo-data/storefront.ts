/**
 * Seed 001 (WebDPro storefront): the seed gives no example records, so every record here is generated:
 * tenants, users of every role (phone numbers in E.164, +91), stores, products, hundreds of orders over
 * six weeks, their deliveries (with last_location) and payments. Store `store_001` alone has 130 orders,
 * enough to page through.
 */
import { storefrontOrder } from './storefront-orders';
import { DAY_MS, isoAt, money, pad, type DemoContext, type DemoItem, type DemoTables } from './generate';

/** Well-known demo identities (sub = Cognito subject), for local tokens and docs. */
export const STOREFRONT_DEMO_IDENTITIES = {
  superAdmin: { phone: '+919000000001', sub: '00000000-0000-4000-8000-000000000001', user_id: 'usr_admin_001' },
  owner: {
    phone: '+919000000101',
    sub: '00000000-0000-4000-8000-000000000101',
    user_id: 'usr_owner_001',
    tenant_id: 'tenant_001',
  },
  agent: {
    phone: '+919000000201',
    sub: '00000000-0000-4000-8000-000000000201',
    user_id: 'usr_agent_001',
    tenant_id: 'tenant_001',
  },
  customer: { phone: '+919800000001', sub: '00000000-0000-4000-8000-000000000301', user_id: 'usr_cust_001' },
} as const;

const TENANTS = [
  {
    business: 'Sharma Fresh Mart',
    plan: 'PRO',
    maxStores: 5,
    stores: [
      ['grocery', 'PUBLISHED', 130],
      ['grocery', 'DRAFT', 0],
    ],
  },
  {
    business: 'Spice Route Kitchens',
    plan: 'ENTERPRISE',
    maxStores: 20,
    stores: [
      ['restaurant', 'PUBLISHED', 60],
      ['restaurant', 'PUBLISHED', 40],
      ['restaurant', 'SUSPENDED', 10],
    ],
  },
  { business: 'Lotus Family Clinic', plan: 'FREE', maxStores: 1, stores: [['clinic', 'PAID', 0]] },
  {
    business: 'Kavya Fashion House',
    plan: 'PRO',
    maxStores: 5,
    stores: [
      ['fashion', 'PUBLISHED', 70],
      ['general', 'GENERATING', 0],
    ],
  },
] as const;

const CATALOG: Record<string, [string, string, number][]> = {
  grocery: [
    ['Basmati Rice 5kg', 'Staples', 649],
    ['Toor Dal 1kg', 'Staples', 165],
    ['Amul Butter 500g', 'Dairy', 275],
    ['Fresh Paneer 200g', 'Dairy', 90],
    ['Alphonso Mangoes 1dz', 'Fruits', 799],
    ['Onions 1kg', 'Vegetables', 42],
    ['Tomatoes 1kg', 'Vegetables', 38],
    ['Masala Chai 250g', 'Beverages', 180],
    ['Sunflower Oil 1L', 'Staples', 155],
    ['Atta 10kg', 'Staples', 480],
  ],
  restaurant: [
    ['Paneer Butter Masala', 'Mains', 280],
    ['Chicken Biryani', 'Mains', 320],
    ['Masala Dosa', 'South Indian', 140],
    ['Garlic Naan', 'Breads', 60],
    ['Gulab Jamun (2)', 'Desserts', 90],
    ['Mango Lassi', 'Beverages', 110],
    ['Veg Thali', 'Thalis', 250],
    ['Dal Makhani', 'Mains', 220],
  ],
  clinic: [
    ['General Consultation', 'Consultation', 500],
    ['Blood Sugar Test', 'Diagnostics', 150],
    ['Full Body Checkup', 'Packages', 2499],
    ['Physiotherapy Session', 'Therapy', 800],
  ],
  fashion: [
    ['Cotton Kurta', 'Men', 899],
    ['Silk Saree', 'Women', 4599],
    ['Block Print Dupatta', 'Women', 649],
    ['Linen Shirt', 'Men', 1299],
    ['Embroidered Lehenga', 'Women', 8999],
    ['Kolhapuri Chappals', 'Footwear', 1199],
    ['Kids Ethnic Set', 'Kids', 999],
  ],
  general: [
    ['Steel Water Bottle', 'Home', 450],
    ['Cotton Tote Bag', 'Accessories', 299],
    ['Brass Diya Set', 'Home', 799],
  ],
};

const NAMES = [
  'Aarav Shah',
  'Diya Iyer',
  'Vivaan Reddy',
  'Ananya Nair',
  'Ishaan Gupta',
  'Saanvi Joshi',
  'Arjun Mehta',
  'Meera Pillai',
  'Kabir Singh',
  'Riya Das',
  'Aditya Rao',
  'Pooja Menon',
  'Rohan Kulkarni',
  'Neha Bhat',
  'Karan Malhotra',
  'Tara Sen',
  'Nikhil Verma',
  'Aisha Khan',
  'Dev Chopra',
  'Lakshmi Krishnan',
];
const phone = (prefix: string, n: number) => `+91${prefix}${String(n).padStart(10 - prefix.length, '0')}`;
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function storefrontDemoData({ anchor, rng }: DemoContext): DemoTables {
  const ids = STOREFRONT_DEMO_IDENTITIES;
  const tenants: DemoItem[] = [];
  const users: DemoItem[] = [];
  const stores: DemoItem[] = [];
  const products: DemoItem[] = [];
  const orders: DemoItem[] = [];
  const deliveries: DemoItem[] = [];
  const payments: DemoItem[] = [];
  const since = (days: number) => isoAt(anchor, -days * DAY_MS);

  users.push({
    phone: ids.superAdmin.phone,
    user_id: ids.superAdmin.user_id,
    role: 'SUPER_ADMIN',
    name: 'Priya Raman',
    email: 'admin@webdpro.in',
    cognito_sub: ids.superAdmin.sub,
    is_active: true,
    created_at: since(400),
  });
  const customers = NAMES.map((name, i) => {
    const customer = {
      phone: i === 0 ? ids.customer.phone : phone('98', i + 1),
      user_id: i === 0 ? ids.customer.user_id : `usr_cust_${pad(i + 1)}`,
      role: 'CUSTOMER',
      name,
      email: `${slug(name).replace('-', '.')}@example.in`,
      cognito_sub: i === 0 ? ids.customer.sub : rng.uuid(),
      is_active: i !== NAMES.length - 1,
      created_at: since(rng.int(50, 300)),
    };
    users.push(customer);
    return customer;
  });

  TENANTS.forEach((t, ti) => {
    const tenantId = `tenant_${pad(ti + 1)}`;
    const n = ti + 1;
    const owner = {
      phone: ti === 0 ? ids.owner.phone : phone('90000001', n),
      user_id: `usr_owner_${pad(n)}`,
      sub: ti === 0 ? ids.owner.sub : rng.uuid(),
    };
    const created = since(200 - ti * 30);
    tenants.push({
      tenant_id: tenantId,
      owner_user_id: owner.user_id,
      business_name: t.business,
      plan: t.plan,
      subscription_status: ti === 2 ? 'EXPIRED' : 'ACTIVE',
      razorpay_customer_id: `cust_${rng.alnum(14)}`,
      store_count: t.stores.length,
      max_stores: t.maxStores,
      created_at: created,
      updated_at: since(rng.int(1, 20)),
    });
    users.push({
      phone: owner.phone,
      user_id: owner.user_id,
      role: 'BUSINESS_OWNER',
      tenant_id: tenantId,
      name: `${NAMES[(ti * 5 + 3) % NAMES.length]}`,
      email: `owner@${slug(t.business)}.in`,
      cognito_sub: owner.sub,
      is_active: true,
      created_at: created,
    });
    const agents = [0, 1].map((a) => {
      const agent = {
        phone: ti === 0 && a === 0 ? ids.agent.phone : phone('90000002', n * 10 + a),
        user_id: `usr_agent_${pad(n * 10 + a - 9)}`,
        sub: ti === 0 && a === 0 ? ids.agent.sub : rng.uuid(),
      };
      users.push({
        phone: agent.phone,
        user_id: agent.user_id,
        role: 'DELIVERY_AGENT',
        tenant_id: tenantId,
        name: NAMES[(ti * 7 + a * 11 + 5) % NAMES.length],
        email: `agent${a + 1}@${slug(t.business)}.in`,
        cognito_sub: agent.sub,
        is_active: true,
        created_at: created,
      });
      return agent;
    });

    t.stores.forEach(([storeType, status, orderCount], si) => {
      const storeId = `store_${pad(ti * 10 + si + 1)}`;
      const name = si === 0 ? t.business : `${t.business} ${['', 'Express', 'Outlet'][si]}`;
      const sub = slug(name);
      const published = status === 'PUBLISHED' || status === 'SUSPENDED';
      stores.push({
        tenant_id: tenantId,
        store_id: storeId,
        status,
        store_type: storeType,
        prompt: `Create a ${storeType} website for ${name} in Bengaluru with online ordering and home delivery`,
        config: {
          name,
          theme: { primary_color: rng.pick(['#E4572E', '#17BEBB', '#76B041', '#2E4057']), font: 'Poppins' },
          hero: { title: name, subtitle: 'Delivered to your door in Bengaluru' },
          sections: ['hero', 'catalog', 'about', 'contact'],
          delivery: { fee: 40, free_above: 499 },
        },
        language: si === 1 && ti === 1 ? 'hi' : 'en',
        currency: 'INR',
        domain: `${sub}.webdpro.in`,
        ...(ti === 1 && si === 0 ? { custom_domain: 'spiceroute.in' } : {}),
        ...(published
          ? {
              live_url: `https://${ti === 1 && si === 0 ? 'spiceroute.in' : `${sub}.webdpro.in`}`,
              published_at: since(150 - ti * 20 - si * 10),
            }
          : {}),
        preview_url: `https://preview.webdpro.in/${storeId}`,
        created_at: since(160 - ti * 20 - si * 10),
      });
      if (status === 'GENERATING') return;
      const catalog = CATALOG[storeType].map(([pname, category, price], pi) => {
        const stock = rng.int(0, 120);
        const product = {
          store_id: storeId,
          product_id: `prod_${pad(ti * 10 + si + 1)}_${pad(pi + 1, 2)}`,
          name: pname,
          description: `${pname} from ${name}.`,
          price,
          currency: 'INR',
          category,
          images: [`https://cdn.webdpro.in/${storeId}/${slug(pname)}.jpg`],
          stock_quantity: stock,
          low_stock_threshold: 10,
          is_active: pi % 9 !== 8,
          prediction: {
            predicted_daily_demand: rng.int(1, 25),
            days_until_stockout: rng.int(0, 30),
            recommended_reorder_quantity: rng.int(10, 100),
            confidence: money(rng.next() * 0.5 + 0.5),
            generated_at: since(1),
          },
          created_at: since(140),
        };
        products.push(product);
        return product;
      });

      for (let o = 0; o < orderCount; o++) {
        const made = storefrontOrder(rng, anchor, {
          orderId: `ord_${pad(ti * 10 + si + 1)}_${pad(o + 1, 4)}`,
          tenantId,
          storeId,
          catalog,
          customers,
          agents,
        });
        orders.push(made.order);
        if (made.delivery) deliveries.push(made.delivery);
        if (made.payment) payments.push(made.payment);
      }
    });
  });
  return { tenants, storeUsers: users, stores, products, orders, deliveries, storePayments: payments };
}
